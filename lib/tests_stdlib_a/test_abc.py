from harness import same, eq, check, raises, MINE, REAL


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def run():
    cabc = MINE['collections.abc']
    rabc = REAL['collections.abc']
    check(MINE['collections'].abc is cabc, 'collections.abc attribute')
    samples = [[], (), '', b'', bytearray(), range(3), {}, set(), frozenset(),
               {}.keys(), {}.values(), {}.items(), iter([]), iter(()),
               iter(''), iter({}), iter(set()), iter(range(3)), iter(b''),
               gen(), len, lambda: 0, 1, 1.5, None, object(), type,
               memoryview(b''), zip(), map(len, []), enumerate([]),
               reversed([]), iter({}.items()), MINE['collections'].deque(),
               MINE['collections'].OrderedDict(), MINE['collections'].Counter(),
               MINE['collections'].UserList(), MINE['collections'].UserDict(),
               MINE['collections'].UserString('x'),
               MINE['collections'].ChainMap(), type.__dict__, agen()]
    pending = coro()
    samples.append(pending)
    names = ['Container', 'Hashable', 'Iterable', 'Iterator', 'Reversible',
             'Generator', 'Sized', 'Callable', 'Collection', 'Sequence',
             'MutableSequence', 'Set', 'MutableSet', 'Mapping',
             'MutableMapping', 'MappingView', 'KeysView', 'ItemsView',
             'ValuesView', 'ByteString', 'Awaitable', 'Coroutine',
             'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']
    for name in names:
        mine_cls = getattr(cabc, name)
        real_cls = getattr(rabc, name)
        for obj in samples:
            # Our collections types are only registered with our ABCs;
            # compare with the CPython equivalents for real answers.
            real_obj = obj
            kind = type(obj).__name__
            if type(obj).__module__ == 'collections':
                real_obj = getattr(REAL['collections'], kind)() \
                    if kind != 'UserString' else REAL['collections'].UserString('x')
            eq(isinstance(obj, mine_cls), isinstance(real_obj, real_cls),
               'isinstance(%s, %s)' % (kind, name))
    pending.close()
    eq(sorted(cabc.__all__), sorted(n for n in rabc.__all__ if n != 'Buffer'),
       'collections.abc.__all__')

    # structural checks
    class It:
        def __iter__(self):
            return self

        def __next__(self):
            raise StopIteration
    check(isinstance(It(), cabc.Iterator), 'structural Iterator')

    class NoHash:
        __hash__ = None
    check(not isinstance(NoHash(), cabc.Hashable), '__hash__ = None')

    # mixins
    class Seq(cabc.Sequence):
        def __init__(self, *items):
            self.items = items

        def __getitem__(self, i):
            return self.items[i]

        def __len__(self):
            return len(self.items)
    s = Seq(1, 2, 3, 2)
    eq((list(s), 2 in s, s.index(2), s.index(2, 2), s.count(2),
        list(reversed(s))), ([1, 2, 3, 2], True, 1, 3, 2, [2, 3, 2, 1]),
       'Sequence mixins')
    raises(ValueError, None, lambda: s.index(9), 'Sequence.index missing')
    raises(TypeError, None, lambda: cabc.Sequence(), 'abstract Sequence')

    class MSeq(cabc.MutableSequence):
        def __init__(self):
            self.data = []

        def __getitem__(self, i):
            return self.data[i]

        def __setitem__(self, i, v):
            self.data[i] = v

        def __delitem__(self, i):
            del self.data[i]

        def __len__(self):
            return len(self.data)

        def insert(self, i, v):
            self.data.insert(i, v)
    ms = MSeq()
    ms.append(1)
    ms.extend([2, 3])
    ms += [4]
    ms.reverse()
    ms.remove(2)
    eq((list(ms.data), ms.pop(), ms.pop(0)), ([4, 3, 1], 1, 4), 'MutableSequence')
    ms.clear()
    eq(ms.data, [], 'MutableSequence.clear')

    class Map(cabc.Mapping):
        def __init__(self, **kw):
            self.d = kw

        def __getitem__(self, k):
            return self.d[k]

        def __iter__(self):
            return iter(self.d)

        def __len__(self):
            return len(self.d)
    mp = Map(a=1, b=2)
    eq((mp.get('a'), mp.get('z', 0), 'a' in mp, sorted(mp.keys()),
        sorted(mp.items()), sorted(mp.values()), mp == {'a': 1, 'b': 2},
        mp.keys() & {'a'}, mp.items() | {('c', 3)} == {('a', 1), ('b', 2),
                                                      ('c', 3)},
        ('a', 1) in mp.items(), 2 in mp.values(), len(mp.keys())),
       (1, 0, True, ['a', 'b'], [('a', 1), ('b', 2)], [1, 2], True, {'a'},
        True, True, True, 2), 'Mapping mixins')
    eq(repr(mp.keys()).startswith('KeysView('), True, 'KeysView repr')

    class MMap(Map, cabc.MutableMapping):
        def __setitem__(self, k, v):
            self.d[k] = v

        def __delitem__(self, k):
            del self.d[k]
    mm = MMap()
    mm.update({'a': 1}, b=2)
    mm.update([('c', 3)])
    eq((mm.setdefault('z', 26), mm.pop('a'), mm.pop('q', None),
        sorted(mm.d)), (26, 1, None, ['b', 'c', 'z']), 'MutableMapping')
    mm.popitem()
    mm.clear()
    eq(mm.d, {}, 'MutableMapping.clear')
    raises(KeyError, None, lambda: mm.pop('x'), 'MutableMapping.pop missing')

    class S(cabc.Set):
        def __init__(self, it=()):
            self.items = list(dict.fromkeys(it))

        def __contains__(self, x):
            return x in self.items

        def __iter__(self):
            return iter(self.items)

        def __len__(self):
            return len(self.items)
    a, b = S([1, 2, 3]), S([2, 3, 4])
    eq((sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b),
        a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a.isdisjoint([9]),
        sorted([5] - a if False else a - {1}), a >= S([1])),
       ([2, 3], [1, 2, 3, 4], [1], [1, 4], True, False, True, True, [2, 3],
        True), 'Set mixins')
    eq(S._hash(S([1, 2])) == S._hash(S([2, 1])), True, 'Set._hash')

    class MS(S, cabc.MutableSet):
        def add(self, x):
            if x not in self.items:
                self.items.append(x)

        def discard(self, x):
            if x in self.items:
                self.items.remove(x)
    ms2 = MS([1, 2])
    ms2 |= [3]
    ms2 -= [1]
    ms2 ^= [2, 5]
    ms2 &= [3, 5, 7]
    eq(sorted(ms2), [3, 5], 'MutableSet in-place ops')
    ms2.remove(3)
    raises(KeyError, None, lambda: ms2.remove(3), 'MutableSet.remove missing')
    eq((ms2.pop(), len(ms2)), (5, 0), 'MutableSet.pop')
