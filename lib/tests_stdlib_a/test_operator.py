from harness import same, eq, check, raises, MINE, REAL


class Obj:
    def __init__(self):
        self.a = type('Inner', (), {'b': 5})()
        self.c = 3

    def method(self, x, k=0):
        return (x, k)


class Hinted:
    def __length_hint__(self):
        return 7


class BadHint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class Idx:
    def __index__(self):
        return 4


def run():
    binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
              'lshift', 'rshift', 'and_', 'or_', 'xor', 'eq', 'ne', 'lt',
              'le', 'gt', 'ge', 'is_', 'is_not', 'concat', 'contains',
              'countOf', 'indexOf', 'getitem']
    samples = [(7, 3), (2.5, 2), ([1, 2], [2]), ('ab', 'b'), ((1, 2), 1),
               (True, 1), (-7, 2), (1, 0), ('a', 3), (None, None),
               ({1: 2}, 1), ([1, 2, 1], 1), (b'xy', b'y'), (3, 'a')]
    for name in binary:
        for a, b in samples:
            same('operator', lambda m: getattr(m, name)(a, b),
                 'operator.%s(%r, %r)' % (name, a, b))
            dunder = '__%s__' % name.rstrip('_')
            if hasattr(REAL['operator'], dunder):
                same('operator', lambda m: getattr(m, dunder)(a, b),
                     'operator.%s(%r, %r)' % (dunder, a, b))
    for name in ['neg', 'pos', 'abs', 'invert', 'inv', 'not_', 'truth',
                 'index', '__neg__', '__abs__', '__inv__', '__not__',
                 '__index__']:
        for a in [5, -2, 0, 2.5, True, [], [1], 'x', Idx()]:
            same('operator', lambda m: getattr(m, name)(a),
                 'operator.%s(%r)' % (name, a))
    inplace = ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod',
               'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor',
               'iconcat']
    for name in inplace:
        for a, b in [(6, 4), ([1], [2]), ('a', 'b'), ({1}, {2}), (5, [1])]:
            same('operator', lambda m: getattr(m, name)(
                list(a) if isinstance(a, list) else a, b),
                'operator.%s(%r, %r)' % (name, a, b))
    data = [1, 2, 3]
    MINE['operator'].iadd(data, [4])
    eq(data, [1, 2, 3, 4], 'iadd mutates lists in place')
    d = {}
    MINE['operator'].setitem(d, 'k', 1)
    eq(d, {'k': 1}, 'setitem')
    MINE['operator'].delitem(d, 'k')
    eq(d, {}, 'delitem')
    for args in [([],), ([1, 2],), (iter([1, 2]),), (Hinted(),), (5,),
                 (5, 3), (BadHint(-1),), (BadHint(2.0),),
                 (BadHint(NotImplemented), 9), ([], 'x'), (iter(range(5)),)]:
        same('operator', lambda m: m.length_hint(*args),
             'length_hint%r' % (args,))
    same('operator', lambda m: m.call(max, 1, 5, key=lambda v: -v), 'call')
    same('operator', lambda m: m.indexOf([1, 2], 5), 'indexOf missing')

    # itemgetter / attrgetter / methodcaller
    obj = Obj()
    same('operator', lambda m: m.itemgetter(1)([4, 5, 6]), 'itemgetter 1')
    same('operator', lambda m: m.itemgetter(0, 2)('abc'), 'itemgetter 2')
    same('operator', lambda m: m.itemgetter(slice(1, None))('abc'),
         'itemgetter slice')
    same('operator', lambda m: repr(m.itemgetter(1, 'a')), 'itemgetter repr')
    same('operator', lambda m: m.itemgetter(), 'itemgetter no args',
         normalize=lambda r: r[:2])
    same('operator', lambda m: m.attrgetter('c')(obj), 'attrgetter')
    same('operator', lambda m: m.attrgetter('a.b', 'c')(obj),
         'attrgetter dotted')
    same('operator', lambda m: repr(m.attrgetter('a.b', 'c')),
         'attrgetter repr')
    same('operator', lambda m: m.attrgetter(1), 'attrgetter non-str')
    same('operator', lambda m: m.attrgetter('zz')(obj), 'attrgetter missing')
    same('operator', lambda m: m.methodcaller('method', 1, k=2)(obj),
         'methodcaller')
    same('operator', lambda m: repr(m.methodcaller('method', 1, k='x')),
         'methodcaller repr')
    same('operator', lambda m: repr(m.methodcaller('m')),
         'methodcaller repr no args')
    same('operator', lambda m: m.methodcaller(3), 'methodcaller non-str')
    same('operator', lambda m: sorted([(1, 'b'), (0, 'c')],
                                      key=m.itemgetter(1)),
         'itemgetter as key')
    check(all(hasattr(MINE['operator'], n) for n in dir(REAL['operator'])
              if not n.startswith('_') or n.startswith('__') and n not in
              ('__builtins__', '__cached__', '__file__', '__loader__',
               '__spec__', '__package__', '__name__', '__doc__', '__all__')),
          'operator: all names present')
    eq(sorted(MINE['operator'].__all__), sorted(REAL['operator'].__all__),
       'operator.__all__')
