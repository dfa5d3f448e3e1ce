import sys
from harness import same, eq, check, raises, MINE, REAL


def f(a, b=1, *args, **kw):
    "doc of f"
    return (a, b, args, kw)


def run():
    ft = MINE['functools']
    # reduce
    for args in [(lambda a, b: a + b, [1, 2, 3]),
                 (lambda a, b: a + b, [1, 2, 3], 10),
                 (lambda a, b: a + b, [], 5), (lambda a, b: a, []),
                 (lambda a, b: a, 5), (lambda a, b: a * b, range(1, 6)),
                 (lambda a, b: a + b, ['x'])]:
        same('functools', lambda m: m.reduce(*args), 'reduce%r' % (args[1:],))

    # partial
    p = ft.partial(f, 1, b=2)
    eq(p(c=4), (1, 2, (), {'c': 4}), 'partial call')
    eq(p(b=9), (1, 9, (), {}), 'partial keyword override')
    p2 = ft.partial(p, 5, d=6)
    check(p2.func is f, 'partial flattening func')
    eq(p2.args, (1, 5), 'partial flattening args')
    eq(p2.keywords, {'b': 2, 'd': 6}, 'partial flattening keywords')
    same('functools', lambda m: repr(m.partial(f, 1, 'x', b=[2])).replace(
        hex(id(f)), 'ID'), 'partial repr')
    same('functools', lambda m: repr(m.partial(f)).replace(hex(id(f)), 'ID'),
         'partial repr bare')
    same('functools', lambda m: m.partial(1), 'partial non-callable')

    class Sub(ft.partial):
        pass
    eq(repr(Sub(len, 'abc')), 'Sub(<built-in function len>, \'abc\')',
       'partial subclass repr')
    eq(Sub(len, 'abc')(), 3, 'partial subclass call')
    p3 = ft.partial(len)
    p3.attr = 1
    eq(p3.attr, 1, 'partial attribute')
    check(ft.partial(p3).func is p3, 'no flattening with instance dict')
    rec = ft.partial(f)
    rec.args = (rec,)
    check('...' in repr(rec), 'partial recursive repr')

    # partialmethod
    class C:
        def meth(self, a, b=0):
            return (self, a, b)
        m1 = ft.partialmethod(meth, 1)
        m2 = ft.partialmethod(meth, b=5)

        @classmethod
        def cm(cls, x):
            return (cls, x)
        cm1 = ft.partialmethod(cm, 7)
        plain = ft.partialmethod(f, 'p')
    c = C()
    eq(c.m1(), (c, 1, 0), 'partialmethod positional')
    eq(c.m2(3), (c, 3, 5), 'partialmethod keyword')
    eq(C.cm1(), (C, 7), 'partialmethod classmethod')
    eq(c.plain(), (c, 'p', (), {}), 'partialmethod on plain callable')
    eq(repr(C.__dict__['m1']).startswith('functools.partialmethod(<function'),
       True, 'partialmethod repr')

    # update_wrapper / wraps
    eq(ft.WRAPPER_ASSIGNMENTS, REAL['functools'].WRAPPER_ASSIGNMENTS,
       'WRAPPER_ASSIGNMENTS')
    eq(ft.WRAPPER_UPDATES, REAL['functools'].WRAPPER_UPDATES,
       'WRAPPER_UPDATES')

    def original(x: int) -> int:
        "original doc"
        return x
    original.extra = 'e'

    @ft.wraps(original)
    def wrapper(*a):
        return original(*a)
    eq(wrapper.__name__, 'original', 'wraps name')
    eq(wrapper.__doc__, 'original doc', 'wraps doc')
    eq(wrapper.__qualname__, original.__qualname__, 'wraps qualname')
    eq(wrapper.__annotations__, {'x': int, 'return': int}, 'wraps annotations')
    eq(wrapper.extra, 'e', 'wraps dict')
    check(wrapper.__wrapped__ is original, 'wraps __wrapped__')

    # lru_cache
    calls = []

    @ft.lru_cache(maxsize=2)
    def sq(x):
        calls.append(x)
        return x * x
    for x in [1, 2, 1, 3, 2, 1]:
        sq(x)
    eq(calls, [1, 2, 3, 2, 1], 'lru eviction order')
    eq(repr(sq.cache_info()),
       'CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)', 'cache_info')
    eq(sq.cache_info().hits, 1, 'cache_info field')
    eq(sq.cache_info()._asdict(),
       {'hits': 1, 'misses': 5, 'maxsize': 2, 'currsize': 2}, '_asdict')
    check(isinstance(sq.cache_info(), tuple), 'CacheInfo is a tuple')
    sq.cache_clear()
    eq(tuple(sq.cache_info()), (0, 0, 2, 0), 'cache_clear')
    eq(sq.cache_parameters(), {'maxsize': 2, 'typed': False},
       'cache_parameters')
    eq(sq.__name__, 'sq', 'lru wraps')

    @ft.lru_cache
    def bare(x):
        return x
    bare(1), bare(1)
    eq(tuple(bare.cache_info()), (1, 1, 128, 1), 'bare @lru_cache')

    @ft.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    eq(fib(80), 23416728348467685, 'unbounded recursive cache')
    eq(tuple(fib.cache_info()), (78, 81, None, 81), 'unbounded info')

    zero_calls = []

    @ft.lru_cache(maxsize=0)
    def zero(x):
        zero_calls.append(x)
        return x
    zero(1), zero(1)
    eq(len(zero_calls), 2, 'maxsize=0 never caches')
    eq(tuple(zero.cache_info()), (0, 2, 0, 0), 'maxsize=0 info')

    @ft.lru_cache(maxsize=-5)
    def neg(x):
        return x
    eq(neg.cache_info().maxsize, 0, 'negative maxsize -> 0')

    @ft.lru_cache(typed=True)
    def typed(x):
        return type(x)
    eq((typed(1), typed(1.0)), (int, float), 'typed cache')
    eq(typed.cache_info().currsize, 2, 'typed currsize')

    def untyped_run(m):
        @m.lru_cache()
        def untyped(x):
            return type(x)
        return [untyped(1), untyped(1.0), untyped(True), untyped(1.0)]
    same('functools', untyped_run, 'untyped cache keys like CPython')

    @ft.lru_cache()
    def kw(a, b=0):
        return (a, b)
    eq(kw(1, b=2), (1, 2), 'kw call')
    eq(kw(1, 2), (1, 2), 'kw call positional')
    eq(kw.cache_info().misses, 2, 'kw and positional keys differ')
    raises(TypeError, None, lambda: kw([]), 'unhashable argument')
    same('functools', lambda m: m.lru_cache('x'), 'lru_cache bad maxsize')

    class M:
        @ft.lru_cache()
        def meth(self, x):
            return (self, x)
    mobj = M()
    eq(mobj.meth(1), (mobj, 1), 'lru_cache on method')

    @ft.cache
    def cached(x):
        return [x]
    check(cached(1) is cached(1), 'functools.cache')
    eq(cached.cache_info().maxsize, None, 'cache maxsize None')

    # cached_property
    class CP:
        count = 0

        @ft.cached_property
        def value(self):
            "value doc"
            CP.count += 1
            return 42
    o = CP()
    eq((o.value, o.value, CP.count), (42, 42, 1), 'cached_property caches')
    eq(o.__dict__['value'], 42, 'cached_property stores in __dict__')
    check(isinstance(CP.value, ft.cached_property), 'class access')
    eq(CP.value.__doc__, 'value doc', 'cached_property doc')
    del o.value
    eq((o.value, CP.count), (42, 2), 'cached_property recompute')

    class Slotted:
        __slots__ = ()

        @ft.cached_property
        def x(self):
            return 1
    raises(TypeError, "No '__dict__' attribute on 'Slotted' instance to "
           "cache 'x' property.", lambda: Slotted().x, 'cp no dict')
    loose = ft.cached_property(lambda self: 1)
    raises(TypeError, 'Cannot use cached_property instance without calling '
           '__set_name__ on it.', lambda: loose.__get__(o, CP),
           'cp no set_name')

    # total_ordering
    for root in ['__lt__', '__le__', '__gt__', '__ge__']:
        def make(root=root):
            ops = {'__lt__': lambda s, o: s.v < o.v,
                   '__le__': lambda s, o: s.v <= o.v,
                   '__gt__': lambda s, o: s.v > o.v,
                   '__ge__': lambda s, o: s.v >= o.v}
            ns = {'__init__': lambda s, v: setattr(s, 'v', v),
                  '__eq__': lambda s, o: s.v == o.v, root: ops[root]}
            return ft.total_ordering(type('T', (), ns))
        T = make()
        results = []
        for a, b in [(1, 2), (2, 2), (3, 2)]:
            results.append((T(a) < T(b), T(a) <= T(b), T(a) > T(b),
                            T(a) >= T(b)))
        eq(results, [(True, True, False, False), (False, True, False, True),
                     (False, False, True, True)], 'total_ordering ' + root)
    same('functools', lambda m: m.total_ordering(type('E', (), {})),
         'total_ordering without root')

    @ft.total_ordering
    class NI:
        def __lt__(self, other):
            return NotImplemented
    raises(TypeError, None, lambda: NI() >= NI(), 'NotImplemented passthrough')

    # cmp_to_key
    key = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
    eq(sorted([3, 1, 2], key=key), [1, 2, 3], 'cmp_to_key sort')
    eq(sorted('bca', key=ft.cmp_to_key(lambda a, b: ord(b) - ord(a))),
       ['c', 'b', 'a'], 'cmp_to_key reverse')
    k1 = key(1)
    eq((k1 < key(2), k1 == key(1), k1 >= key(0)), (True, True, True),
       'cmp_to_key comparisons')
    raises(TypeError, 'other argument must be K instance', lambda: k1 < 2,
           'cmp_to_key wrong type')
    raises(TypeError, None, lambda: hash(k1), 'cmp_to_key unhashable')

    # singledispatch
    import collections.abc as cabc

    @ft.singledispatch
    def show(arg):
        return 'object'

    @show.register
    def _(arg: int):
        return 'int'

    @show.register(list)
    def _(arg):
        return 'list'

    @show.register(cabc.Mapping)
    def _(arg):
        return 'mapping'

    @show.register(cabc.Sequence)
    def _(arg):
        return 'sequence'

    @show.register
    def _(arg: 'float'):
        return 'float'

    show.register(str, lambda arg: 'str')

    class MyInt(int):
        pass

    class MyMap(cabc.Mapping):
        def __getitem__(self, k):
            raise KeyError(k)

        def __len__(self):
            return 0

        def __iter__(self):
            return iter(())
    results = [show(1), show(True), show(MyInt()), show([]), show({}),
               show(()), show('s'), show(1.5), show(None), show(MyMap()),
               show(range(2))]
    eq(results, ['int', 'int', 'int', 'list', 'mapping', 'sequence', 'str',
                 'float', 'object', 'mapping', 'sequence'],
       'singledispatch results')
    check(show.dispatch(bool) is show.registry[int], 'dispatch()')
    check(object in show.registry and int in show.registry, 'registry')
    raises(TypeError, 'show requires at least 1 positional argument', show,
           'singledispatch no args')
    same('functools', lambda m: m.singledispatch(len).register(1),
         'register non-class')

    class Later:
        pass
    eq(show(Later()), 'object', 'before register')
    show.register(Later, lambda a: 'later')
    eq(show(Later()), 'later', 'cache invalidated on register')

    class Virt:
        pass
    eq(show(Virt()), 'object', 'virtual before ABC register')
    cabc.Sequence.register(Virt)
    eq(show(Virt()), 'sequence', 'ABC registration seen by dispatch')

    # ambiguity between unrelated ABCs
    @ft.singledispatch
    def amb(x):
        return 'o'
    amb.register(cabc.Sized, lambda x: 'sized')
    amb.register(cabc.Container, lambda x: 'container')

    class Both:
        def __len__(self):
            return 0

        def __contains__(self, item):
            return False
    raises(RuntimeError, None, lambda: amb(Both()), 'ambiguous dispatch')

    class SDM:
        @ft.singledispatchmethod
        def go(self, arg):
            return 'default'

        @go.register
        def _(self, arg: int):
            return ('int', self)
    s = SDM()
    eq(s.go('x'), 'default', 'singledispatchmethod default')
    eq(s.go(3), ('int', s), 'singledispatchmethod int')

    names = [n for n in REAL['functools'].__all__]
    check(all(hasattr(ft, n) for n in names), 'functools.__all__ names')
