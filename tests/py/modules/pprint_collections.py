# pprint: collections types, SimpleNamespace, mappingproxy, dataclasses.
import collections
import dataclasses
import pprint
import re
import types

od = collections.OrderedDict((k, list(range(k))) for k in (3, 1, 2, 5))
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict(), width=1)
dd = collections.defaultdict(list, {'b': [1, 2, 3] * 4, 'a': ['x' * 10] * 3})
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int), width=1)
c = collections.Counter('abracadabra pygil interpreter')
pprint.pprint(c, width=40)
pprint.pprint(collections.Counter(), width=1)
cm = collections.ChainMap({'a': 1, 'b': list(range(10))}, {'c': 'x' * 30}, {})
pprint.pprint(cm, width=30)
pprint.pprint(collections.ChainMap(), width=1)
dq = collections.deque(range(25))
pprint.pprint(dq, width=30)
pprint.pprint(collections.deque(range(25), maxlen=30), width=30)
pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.UserList(range(30)), width=30)
pprint.pprint(collections.UserDict({'k%d' % i: i for i in range(8)}), width=30)
pprint.pprint(collections.UserString('some words ' * 8), width=30)
ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma={'x': 'y' * 30})
pprint.pprint(ns, width=40)
pprint.pprint(types.SimpleNamespace(), width=1)
pprint.pprint(types.MappingProxyType({'b': 1, 'a': list(range(20))}), width=30)


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='hidden', repr=False)


@dataclasses.dataclass
class Node:
    value: int
    children: list


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int


@dataclasses.dataclass
class OwnRepr:
    a: int

    def __repr__(self):
        return 'OwnRepr(' + 'a' * 50 + ')'


p = Point(1, 2, 'a point with a long label', ['t1', 't2', 't3'])
pprint.pprint(p)
pprint.pprint(p, width=30)
pprint.pprint([p, Point(0, 0)], width=50)
tree = Node(1, [Node(2, [Node(3, [])]), Node(4, [Node(5, list(range(12)))])])
pprint.pprint(tree, width=40)
loop = Node(0, [])
loop.children.append(loop)
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(loop, width=10)))
print(pprint.pformat(NoRepr(5), width=5).startswith('<'), pprint.pformat(OwnRepr(1), width=20))
pprint.pprint(Point, width=5)
