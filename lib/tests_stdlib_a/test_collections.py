import copy as _real_copy_unused  # noqa: F401  (CPython's copy is not ours)
from harness import same, eq, check, raises, MINE, REAL


def run():
    test_deque()
    test_defaultdict()
    test_counter()
    test_ordereddict()
    test_namedtuple()
    test_chainmap()
    test_user_classes()


def D(m):
    return m.deque


def test_deque():
    C = 'collections'
    same(C, lambda m: repr(m.deque()), 'deque() repr')
    same(C, lambda m: repr(m.deque([1, 2], maxlen=3)), 'maxlen repr')
    same(C, lambda m: repr(m.deque('abcdef', 3)), 'maxlen truncation')
    same(C, lambda m: m.deque([], -1), 'negative maxlen')
    same(C, lambda m: m.deque([], 'a'), 'non-int maxlen')
    same(C, lambda m: m.deque().pop(), 'pop empty')
    same(C, lambda m: m.deque().popleft(), 'popleft empty')
    same(C, lambda m: m.deque()[0], 'index empty')
    same(C, lambda m: m.deque([1])[-2], 'index negative out of range')
    same(C, lambda m: m.deque([1])[0:1], 'slice index')
    same(C, lambda m: m.deque([1]).index(5), 'index missing')
    same(C, lambda m: m.deque([1]).remove(5), 'remove missing')
    same(C, lambda m: m.deque([1], 1).insert(0, 2), 'insert full')
    same(C, lambda m: m.deque([1]) + [2], 'add list')
    same(C, lambda m: m.deque([1, 2]).maxlen, 'maxlen None')

    def ops(m):
        d = m.deque(maxlen=None)
        log = []
        for i in range(20):
            d.append(i)
            d.appendleft(-i)
        log.append(list(d))
        d.rotate(3)
        log.append(list(d))
        d.rotate(-7)
        log.append(list(d))
        d.rotate(41)
        log.append(list(d))
        log.append([d.pop(), d.popleft(), len(d)])
        d.extend('abc')
        d.extendleft('xyz')
        log.append(list(d))
        log.append([d.count(0), d.count('a'), d.index('a'), d.index(3, 5),
                    d.index('x', -50, -1)])
        d.insert(2, 'I')
        d.insert(-1, 'J')
        d.insert(100, 'K')
        d.insert(-100, 'L')
        log.append(list(d))
        d.remove('I')
        del d[3]
        del d[0]
        del d[-1]
        d[5] = 'S'
        d[-2] = 'T'
        log.append(list(d))
        d.reverse()
        log.append(list(d))
        log.append([d[0], d[-1], d[7], 'S' in d, 'Q' in d, bool(d)])
        e = d.copy()
        e.clear()
        log.append([len(e), bool(e), len(d)])
        log.append(list(reversed(d)))
        b = m.deque(range(5), maxlen=3)
        b.append(9)
        b.appendleft(8)
        b.extend([1, 2])
        b.extendleft([3])
        log.append([list(b), b.maxlen, repr(b)])
        b.rotate(1)
        log.append(repr(b))
        z = m.deque(maxlen=0)
        z.append(1)
        z.extend(range(3))
        log.append(repr(z))
        s = m.deque([1, 2])
        s.extend(s)
        s += [7]
        log.append(repr(s))
        log.append(repr(s * 2) + repr(2 * s) + repr(m.deque([1, 2, 3], 4) * 3))
        s *= 0
        log.append(repr(s))
        w = m.deque([1, 2, 3], maxlen=5)
        w *= 3
        log.append(repr(w))
        log.append(repr(m.deque([1]) + m.deque([2], 1)))
        log.append([m.deque([1, 2]) == m.deque([1, 2]),
                    m.deque([1, 2]) < m.deque([1, 3]),
                    m.deque([1]) >= m.deque([1]), m.deque([1]) == [1],
                    m.deque([2]) > m.deque([1, 5]),
                    m.deque() != m.deque([0])])
        return log
    same(C, ops, 'deque operation sequence')

    def mutate_iter(m):
        d = m.deque([1, 2])
        for x in d:
            if x == 2:
                d.append(3)
    same(C, mutate_iter, 'mutation during iteration')

    def big(m):
        d = m.deque()
        out = []
        for i in range(1000):
            d.append(i)
            if i % 3 == 0:
                out.append(d.popleft())
        for i in range(500):
            d.appendleft(i)
            if i % 4 == 0:
                out.append(d.pop())
        out.append(list(d)[:5])
        out.append(sum(d))
        d.rotate(123)
        out.append(d[0])
        out.append(d[len(d) // 2])
        return out
    same(C, big, 'deque stress')
    dq = MINE[C].deque()
    dq.append(dq)
    eq(repr(dq), 'deque([[...]])', 'recursive deque repr')

    class Sub(MINE[C].deque):
        pass
    eq(repr(Sub([1], 3)), 'Sub([1], maxlen=3)', 'deque subclass repr')
    eq(type(Sub([1]).copy()), Sub, 'deque subclass copy')
    raises(TypeError, None, lambda: hash(MINE[C].deque()), 'deque unhashable')
    raises(AttributeError, None,
           lambda: setattr(MINE[C].deque(), 'maxlen', 3), 'maxlen readonly')
    d2 = MINE[C].deque([1, 2, 3])
    d2.__init__([9])
    eq(list(d2), [9], 'deque re-init')


def test_defaultdict():
    C = 'collections'
    same(C, lambda m: repr(m.defaultdict(list, {1: [2]})), 'dd repr')
    same(C, lambda m: repr(m.defaultdict()), 'dd repr None')
    same(C, lambda m: m.defaultdict(1), 'dd non-callable')
    same(C, lambda m: m.defaultdict()[1], 'dd missing without factory')

    def use(m):
        d = m.defaultdict(list)
        d['a'].append(1)
        d['b']
        c = d.copy()
        c['z'].append(0)
        merged = d | {'q': 1}
        return [dict(d), 'z' in d, type(c).__name__, c.default_factory,
                dict(merged), type(merged).__name__, d.get('nope'),
                'nope' in d, isinstance(d, dict), d == {'a': [1], 'b': []}]
    same(C, use, 'defaultdict usage')

    def int_counts(m):
        d = m.defaultdict(int)
        for ch in 'mississippi':
            d[ch] += 1
        return sorted(d.items())
    same(C, int_counts, 'defaultdict(int)')


def test_counter():
    C = 'collections'
    same(C, lambda m: repr(m.Counter('abracadabra')), 'Counter repr')
    same(C, lambda m: repr(m.Counter()), 'empty Counter repr')
    same(C, lambda m: m.Counter('abracadabra').most_common(2), 'most_common')
    same(C, lambda m: m.Counter('abracadabra').most_common(), 'most_common all')
    same(C, lambda m: m.Counter('abc').most_common(0), 'most_common 0')
    same(C, lambda m: sorted(m.Counter(a=2, b=0, c=-1).elements()),
         'elements')
    same(C, lambda m: m.Counter.fromkeys('ab'), 'fromkeys')
    same(C, lambda m: m.Counter('aab')['z'], 'missing count')
    same(C, lambda m: m.Counter(a=3, b=1).total(), 'total')
    pairs = [({'a': 3, 'b': 1, 'c': -2}, {'a': 1, 'b': 4, 'd': 2}),
             ({'x': 0}, {'x': -1, 'y': 0}), ({}, {'a': 1})]
    for x, y in pairs:
        for op in ['+', '-', '|', '&', '==', '!=', '<=', '<', '>=', '>']:
            def binop(m, x=x, y=y, op=op):
                a, b = m.Counter(x), m.Counter(y)
                return repr({'+': lambda: a + b, '-': lambda: a - b,
                             '|': lambda: a | b, '&': lambda: a & b,
                             '==': lambda: a == b, '!=': lambda: a != b,
                             '<=': lambda: a <= b, '<': lambda: a < b,
                             '>=': lambda: a >= b, '>': lambda: a > b}[op]())
            same(C, binop, 'Counter %r %s %r' % (x, op, y))
        for op in ['+=', '-=', '|=', '&=']:
            def inplace(m, x=x, y=y, op=op):
                a, b = m.Counter(x), m.Counter(y)
                if op == '+=':
                    a += b
                elif op == '-=':
                    a -= b
                elif op == '|=':
                    a |= b
                else:
                    a &= b
                return repr(a)
            same(C, inplace, 'Counter %r %s %r' % (x, op, y))
        same(C, lambda m: repr(+m.Counter(x)) + repr(-m.Counter(x)),
             'unary Counter %r' % (x,))

    def updates(m):
        c = m.Counter('aab')
        c.update('abc')
        c.update({'a': 10})
        c.update(z=2)
        r1 = repr(c)
        c.subtract('aaaa')
        c.subtract({'z': 5}, )
        c.subtract(b=1)
        r2 = repr(c)
        del c['nope']
        del c['a']
        return [r1, r2, repr(c), repr(c.copy()), c == m.Counter(c),
                m.Counter(a=1, b=0) == m.Counter(a=1), c + 1 if False else 0]
    same(C, updates, 'Counter update/subtract')
    same(C, lambda m: m.Counter('a') + 1, 'Counter + int')
    same(C, lambda m: m.Counter({'a': 'x'}).most_common(), 'odd counts')


def test_ordereddict():
    C = 'collections'

    def basic(m):
        od = m.OrderedDict([('a', 1), ('b', 2), ('c', 3)])
        out = [repr(od), list(od), list(od.keys()), list(od.values())]
        od.move_to_end('a')
        out.append(list(od))
        od.move_to_end('c', last=False)
        out.append(list(od))
        out.append(od.popitem())
        out.append(od.popitem(last=False))
        out.append(repr(od))
        od['z'] = 26
        od.update([('y', 25)], x=24)
        out.append(repr(od))
        out.append(list(reversed(od)))
        out.append(od.pop('z'))
        out.append(od.pop('nope', 'dflt'))
        out.append(od.setdefault('w', 0))
        out.append(repr(od.copy()))
        out.append(repr(m.OrderedDict.fromkeys('ab', 1)))
        out.append(repr(m.OrderedDict()))
        out.append(od == m.OrderedDict(reversed(list(od.items()))))
        out.append(od != m.OrderedDict(reversed(list(od.items()))))
        out.append(od == dict(reversed(list(od.items()))))
        out.append(dict(od) == od)
        out.append(repr(od | {'k': 1}))
        out.append(repr({'k': 1} | od))
        return out
    same(C, basic, 'OrderedDict')
    same(C, lambda m: m.OrderedDict().popitem(), 'popitem empty')
    same(C, lambda m: m.OrderedDict().move_to_end('x'), 'move_to_end missing')
    od = MINE[C].OrderedDict()
    od['self'] = od
    eq(repr(od), "OrderedDict([('self', ...)])", 'recursive OrderedDict')

    class Logging(MINE[C].OrderedDict):
        def __setitem__(self, key, value):
            super().__setitem__(key, value * 10)
    eq(repr(Logging(a=1)), "Logging([('a', 10)])", 'subclass __setitem__')


def test_namedtuple():
    C = 'collections'

    def basic(m):
        P = m.namedtuple('Point', 'x y')
        p = P(1, y=2)
        out = [repr(p), p.x, p.y, p[0], tuple(p), p._fields, P._fields,
               p._asdict(), repr(p._replace(x=5)), repr(P._make([3, 4])),
               P.__doc__, P.__name__, P.__new__.__doc__, P.x.__doc__,
               p == (1, 2), hash(p) == hash((1, 2)), len(p),
               isinstance(p, tuple), P.__slots__, p.__getnewargs__(),
               P.__match_args__, P._field_defaults, P.__module__]
        Q = m.namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3])
        out += [repr(Q(1)), Q._field_defaults, repr(Q(1, c=9)),
                repr(Q(a=0, b=0))]
        R = m.namedtuple('R', 'abc, def, _x, abc, 1y', rename=True)
        out.append(R._fields)
        S = m.namedtuple('S', 'a', module='some.mod')
        out.append(S.__module__)
        E = m.namedtuple('E', '')
        out += [repr(E()), E._fields]
        return out
    same(C, basic, 'namedtuple basics')
    for args, kw in [(('P', 'x y'), {}), (('P', 'x y'), {'defaults': [1]}),
                     (('Q', ''), {}), (('R', 'a'), {})]:
        for call_args, call_kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}),
                                   ((1,), {'x': 2}), ((1, 2), {'w': 1}),
                                   ((), {'y': 1}), ((1, 2), {}),
                                   ((1, 2, 3), {'x': 1}),
                                   ((1, 2, 3), {'q': 1}), ((), {'x': 1})]:
            same(C, lambda m: repr(m.namedtuple(*args, **kw)(
                *call_args, **call_kw)),
                'namedtuple%r%r(*%r, **%r)' % (args, kw, call_args, call_kw))
    for bad in [('1P', 'x'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'),
                ('P', 'x-y'), ('class', 'x'), ('P', ['x', 1])]:
        same(C, lambda m: m.namedtuple(*bad), 'namedtuple invalid %r' % (bad,))
    same(C, lambda m: m.namedtuple('P', 'x', defaults=[1, 2]),
         'too many defaults')
    same(C, lambda m: m.namedtuple('P', 'x y')._make([1]), '_make wrong len')
    same(C, lambda m: m.namedtuple('P', 'x y')(1, 2)._replace(z=1),
         '_replace bad field')

    def immut(m):
        p = m.namedtuple('P', 'x')(1)
        p.x = 2
    same(C, immut, 'namedtuple field assignment',
         normalize=lambda r: r[:2])

    def new_attr(m):
        p = m.namedtuple('P', 'x')(1)
        p.other = 2
    same(C, new_attr, 'namedtuple has no __dict__', normalize=lambda r: r[:2])

    P = MINE[C].namedtuple('P', 'x y')

    class Sub(P):
        def norm(self):
            return self.x + self.y
    eq((Sub(1, 2).norm(), repr(Sub(1, 2))), (3, 'Sub(x=1, y=2)'),
       'namedtuple subclass')


def test_chainmap():
    C = 'collections'

    def basic(m):
        a, b = {'x': 1}, {'x': 2, 'y': 3}
        cm = m.ChainMap(a, b)
        out = [cm['x'], cm['y'], len(cm), list(cm), sorted(cm.items()),
               'y' in cm, cm.get('z', 0), repr(cm), bool(cm),
               bool(m.ChainMap()), repr(m.ChainMap())]
        cm['z'] = 9
        out.append(a)
        child = cm.new_child({'w': 0})
        out.append(repr(child))
        out.append(repr(child.parents))
        out.append(repr(cm.new_child(q=1)))
        del cm['z']
        out.append(cm.pop('x'))
        out.append(repr(cm))
        out.append(repr(cm | {'k': 1}))
        out.append(repr({'k': 1} | cm))
        cm |= {'n': 5}
        out.append(repr(cm))
        out.append(repr(m.ChainMap.fromkeys('ab', 0)))
        out.append(repr(cm.copy()))
        out.append(list(m.ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 0})))
        return out
    same(C, basic, 'ChainMap')
    same(C, lambda m: m.ChainMap({}, {'a': 1}).__delitem__('a'),
         'ChainMap del missing')
    same(C, lambda m: m.ChainMap({}, {'a': 1}).pop('a'), 'ChainMap pop')
    same(C, lambda m: m.ChainMap({}).popitem(), 'ChainMap popitem')
    same(C, lambda m: m.ChainMap({})['q'], 'ChainMap missing key')


def test_user_classes():
    C = 'collections'

    def udict(m):
        d = m.UserDict({'a': 1}, b=2)
        d['c'] = 3
        del d['a']
        out = [repr(d), len(d), 'b' in d, d.get('q'), sorted(d), d.data,
               repr(d.copy()), repr(d | {'z': 0}), repr({'z': 0} | d),
               isinstance(d, m.abc.MutableMapping) if hasattr(m, 'abc')
               else True, d == {'b': 2, 'c': 3}]
        d |= {'y': 1}
        out.append(repr(d))
        out.append(d.pop('y'))
        out.append(d.setdefault('k', 4))
        out.append(repr(m.UserDict.fromkeys('xy')))

        class Miss(m.UserDict):
            def __missing__(self, key):
                return key * 2
        out.append(Miss()['ab'])
        return out
    same(C, udict, 'UserDict')
    same(C, lambda m: m.UserDict()['x'], 'UserDict missing')

    def ulist(m):
        u = m.UserList([3, 1, 2])
        u.append(0)
        u.sort()
        u.extend(m.UserList([9]))
        u += [8]
        out = [repr(u), u[1], repr(u[1:3]), type(u[1:3]).__name__, len(u),
               u.count(9), u.index(9), 3 in u, repr(u + [1]), repr([1] + u),
               repr(u * 2), u == [0, 1, 2, 3, 9, 8], u < [5],
               repr(u.copy()), u.pop(), repr(u)]
        u.reverse()
        u.insert(0, 'h')
        u.remove(9)
        del u[1]
        u[0] = 'H'
        out.append(repr(u))
        u *= 2
        out.append(repr(u))
        u.clear()
        out.append(repr(u))
        return out
    same(C, ulist, 'UserList')

    def ustring(m):
        s = m.UserString('Hello World')
        out = [repr(s), str(s), len(s), s[0], type(s[0]).__name__, s.upper(),
               s.lower(), s.split(), s.find('o'), s.count('l'), 'World' in s,
               s + '!', '>' + s, s * 2, s.replace('l', 'L', 2),
               s.startswith('He'), s.endswith(('x', 'ld')), s.center(15, '*'),
               s.strip('Hd'), s.zfill(13), s.title(), s.swapcase(),
               s.partition(' '), s == 'Hello World', s < 'Z', hash(s) ==
               hash('Hello World'), s.isalpha(), s.join('ab'),
               s.encode(), s.format(), s.casefold(), s.expandtabs(),
               s.removeprefix('Hel'), s.removesuffix('rld'), s.rfind('o'),
               s.splitlines(), s.ljust(13, '.'), s.rjust(13, '.'),
               m.UserString(5).data, m.UserString('%s!') % 'x',
               s.translate({72: 'J'}), s.index('W'), s.isdigit()]
        return [repr(x) for x in out]
    same(C, ustring, 'UserString')
