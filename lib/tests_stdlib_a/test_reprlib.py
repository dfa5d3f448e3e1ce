import array
from harness import same, eq, check, raises, MINE, REAL

R = 'reprlib'


class Broken:
    def __repr__(self):
        raise ValueError('nope')


class Long:
    def __repr__(self):
        return 'L' * 100


def run():
    values = ['a' * 100, 'short', list(range(100)), tuple(range(3)), (1,),
              2 ** 200, 12, {i: i for i in range(10)}, {}, set(range(10)),
              set(), frozenset(range(10)), frozenset(), [[[[[[[1]]]]]]],
              {1: {2: {3: {4: {5: {6: {7: 0}}}}}}}, Long(), [Long()],
              {'b', 1}, array.array('i', range(10)), array.array('i'),
              ['x' * 40] * 3, -2 ** 150, 3.5, None, b'x' * 100]
    for v in values:
        same(R, lambda m: m.repr(v), 'reprlib.repr(%s)' % type(v).__name__)
        same(R, lambda m: m.Repr().repr(v), 'Repr().repr(%s)'
             % type(v).__name__)
    same(R, lambda m: m.repr(MINE['collections'].deque(range(10)))
         if m is MINE[R] else m.repr(REAL['collections'].deque(range(10))),
         'deque repr')

    def tuned(m):
        r = m.Repr()
        r.maxlevel = 1
        r.maxlist = 2
        r.maxstring = 8
        r.maxother = 5
        r.fillvalue = '~~'
        return [r.repr([[1]]), r.repr({1: {1: 2}}), r.repr(([1],)),
                r.repr([1, 2, 3]), r.repr('abcdefghijk'), r.repr(Long()),
                r.repr({}), r.repr({1: {}})]
    same(R, tuned, 'tuned Repr')
    out = MINE[R].repr(Broken())
    check(out.startswith('<Broken instance at 0x'), 'broken repr')

    class Node:
        def __init__(self):
            self.children = []

        @MINE[R].recursive_repr()
        def __repr__(self):
            return 'Node(%r)' % (self.children,)
    n = Node()
    n.children.append(n)
    eq(repr(n), 'Node([...])', 'recursive_repr')

    class Other:
        @MINE[R].recursive_repr('<loop>')
        def __repr__(self):
            "doc"
            return 'O(%r)' % (self.me,)
    o = Other()
    o.me = o
    eq(repr(o), 'O(<loop>)', 'recursive_repr fillvalue')
    eq(Other.__repr__.__name__, '__repr__', 'recursive_repr wraps name')
    eq(Other.__repr__.__doc__, 'doc', 'recursive_repr wraps doc')
