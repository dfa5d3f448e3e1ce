import operator
from harness import same, eq, check, raises, MINE, REAL

I = 'itertools'


def take(it, n=30):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def run():
    cases = [
        ('count()', lambda m: take(m.count(), 5)),
        ('count(3, 2)', lambda m: take(m.count(3, 2), 5)),
        ('count(0.5, 0.25)', lambda m: take(m.count(0.5, 0.25), 5)),
        ('count(1j)', lambda m: take(m.count(1j, 1), 3)),
        ('count repr', lambda m: [repr(m.count()), repr(m.count(5)),
                                  repr(m.count(1, 1.0)), repr(m.count(2, 3)),
                                  repr(m.count(1.5, -1))]),
        ('count bad', lambda m: m.count('a')),
        ('count bad step', lambda m: m.count(1, 'a')),
        ('cycle', lambda m: take(m.cycle('abc'), 8)),
        ('cycle empty', lambda m: take(m.cycle([]), 8)),
        ('cycle non-iterable', lambda m: m.cycle(5)),
        ('repeat', lambda m: list(m.repeat('x', 3))),
        ('repeat times kw', lambda m: list(m.repeat(1, times=2))),
        ('repeat negative', lambda m: list(m.repeat(1, -5))),
        ('repeat infinite', lambda m: take(m.repeat(7), 4)),
        ('repeat repr', lambda m: [repr(m.repeat(1)), repr(m.repeat('a', 2)),
                                   repr(m.repeat(1, -3))]),
        ('repeat bad times', lambda m: m.repeat(1, 'a')),
        ('repeat hint', lambda m: operator.length_hint(m.repeat(1, 4))),
        ('accumulate', lambda m: list(m.accumulate([1, 2, 3, 4]))),
        ('accumulate func', lambda m: list(m.accumulate([3, 1, 4, 1, 5],
                                                        max))),
        ('accumulate initial', lambda m: list(m.accumulate([1, 2],
                                                           initial=10))),
        ('accumulate empty initial', lambda m: list(m.accumulate(
            [], initial=3))),
        ('accumulate empty', lambda m: list(m.accumulate([]))),
        ('accumulate mul', lambda m: list(m.accumulate(range(1, 6),
                                                       operator.mul))),
        ('chain', lambda m: list(m.chain('ab', [1], (), range(2)))),
        ('chain lazy', lambda m: take(m.chain([1], 5), 1)),
        ('chain lazy error', lambda m: list(m.chain([1], 5))),
        ('chain.from_iterable', lambda m: list(m.chain.from_iterable(
            ['ab', 'cd']))),
        ('chain.from_iterable infinite', lambda m: take(
            m.chain.from_iterable(m.repeat([1, 2])), 5)),
        ('compress', lambda m: list(m.compress('ABCDEF', [1, 0, 1, 0, 1, 1]))),
        ('compress short', lambda m: list(m.compress('ABCDEF', [1, 1]))),
        ('dropwhile', lambda m: list(m.dropwhile(lambda x: x < 5,
                                                 [1, 4, 6, 4, 1]))),
        ('takewhile', lambda m: list(m.takewhile(lambda x: x < 5,
                                                 [1, 4, 6, 4, 1]))),
        ('filterfalse', lambda m: list(m.filterfalse(lambda x: x % 2,
                                                     range(10)))),
        ('filterfalse None', lambda m: list(m.filterfalse(None,
                                                          [0, 1, '', 'a']))),
        ('starmap', lambda m: list(m.starmap(pow, [(2, 5), (3, 2)]))),
        ('starmap non-tuple', lambda m: list(m.starmap(len, [1]))),
        ('pairwise', lambda m: list(m.pairwise('ABCDE'))),
        ('pairwise short', lambda m: list(m.pairwise('A'))),
        ('zip_longest', lambda m: list(m.zip_longest('ABCD', 'xy',
                                                     fillvalue='-'))),
        ('zip_longest empty', lambda m: list(m.zip_longest())),
        ('zip_longest three', lambda m: list(m.zip_longest([1], [], [3, 4]))),
        ('zip_longest bad kw', lambda m: m.zip_longest([], x=1)),
        ('zip_longest non-iterable', lambda m: m.zip_longest(1)),
        ('product', lambda m: list(m.product('ab', range(3)))),
        ('product repeat', lambda m: list(m.product([0, 1], repeat=3))),
        ('product empty', lambda m: list(m.product())),
        ('product with empty', lambda m: list(m.product('ab', []))),
        ('product repeat 0', lambda m: list(m.product('ab', repeat=0))),
        ('product negative', lambda m: m.product('a', repeat=-1)),
        ('product bad kw', lambda m: m.product('a', x=1)),
        ('tee bad n', lambda m: m.tee([], -1)),
        ('tee 0', lambda m: m.tee([1], 0)),
    ]
    for label, fn in cases:
        same(I, fn, label)
    for r in [None, 0, 1, 2, 3, 4, 5]:
        for data in ['', 'a', 'abc', 'abcd', [1, 1, 2]]:
            same(I, lambda m: list(m.permutations(data, r)),
                 'permutations(%r, %r)' % (data, r))
            if r is not None:
                same(I, lambda m: list(m.combinations(data, r)),
                     'combinations(%r, %r)' % (data, r))
                same(I, lambda m: list(m.combinations_with_replacement(
                    data, r)), 'cwr(%r, %r)' % (data, r))
    for bad in [-1, 'a']:
        same(I, lambda m: m.permutations('ab', bad), 'permutations bad r')
        same(I, lambda m: m.combinations('ab', bad), 'combinations bad r')
        same(I, lambda m: m.combinations_with_replacement('ab', bad),
             'cwr bad r')
    same(I, lambda m: len(list(m.permutations(range(6)))), 'permutations 6!')
    same(I, lambda m: list(m.permutations(range(5), 3)), 'permutations 5P3')
    same(I, lambda m: list(m.combinations(range(7), 4)), 'combinations 7C4')

    # islice
    for args in [(5,), (2, 5), (2, None), (None, 5), (0, 10, 3), (1, 10, 2),
                 (None,), (None, None, None), (20,), (3, 3), (5, 2),
                 (-1,), ('a',), (1, -1), (1, 2, 0), (1, 2, -1), (1, 2, 'x'),
                 (-1, 5), ('a', 5), (2.0,), (1, 2, 3, 4), (),
                 (operator.index(3),), (1 << 70,), (True, 3)]:
        same(I, lambda m: list(m.islice(range(10), *args)),
             'islice(range(10), *%r)' % (args,))

    def islice_consumption(m):
        out = []
        for args in [(0, 5, 2), (0, 6, 2), (3,), (2, 4), (0, 0), (5, 5, 3)]:
            it = iter(range(10))
            out.append((list(m.islice(it, *args)), list(it)))
        return out
    same(I, islice_consumption, 'islice consumption')
    same(I, lambda m: m.islice(5, 1), 'islice non-iterable')

    # groupby
    def groups(m, data, key=None):
        return [(k, list(g)) for k, g in m.groupby(data, key)]
    same(I, lambda m: groups(m, 'AAAABBBCCDAABBB'), 'groupby')
    same(I, lambda m: groups(m, [], None), 'groupby empty')
    same(I, lambda m: groups(m, range(10), lambda x: x // 3), 'groupby key')

    def groupby_skip(m):
        out = []
        gb = m.groupby('aabbbc')
        k1, g1 = next(gb)
        k2, g2 = next(gb)
        out.append((k1, list(g1), k2, next(g2)))
        k3, g3 = next(gb)
        out.append((list(g2), k3, list(g3)))
        out.append(list(gb))
        return out
    same(I, groupby_skip, 'groupby invalidated groups')

    def groupby_partial(m):
        out = []
        for k, g in m.groupby('aaabbc'):
            out.append((k, next(g)))
        return out
    same(I, groupby_partial, 'groupby partial consumption')

    # tee
    def tee_use(m):
        a, b, c = m.tee(iter(range(5)), 3)
        out = [next(a), next(a), list(b), list(a), next(c)]
        d = c.__copy__()
        out += [list(c), list(d)]
        x, y = m.tee([1, 2])
        x2, y2 = m.tee(x)
        out += [list(x2), list(y2), list(y), list(x)]
        return out
    same(I, tee_use, 'tee')
    same(I, lambda m: [list(t) for t in m.tee('abc')], 'tee default')
    src = iter(range(3))
    t1, t2 = MINE[I].tee(src)
    eq((next(t1), next(t2), next(t2), next(src), list(t1)), (0, 0, 1, 2, [1]),
       'tee shares the source iterator')

    # class-like behaviour
    check(isinstance(MINE[I].chain(), MINE[I].chain), 'chain is a class')
    check(iter(MINE[I].count()) is not None, 'count iterable')
    it = MINE[I].islice('abc', 2)
    check(iter(it) is it, 'islice is its own iterator')
    eq(sorted(n for n in MINE[I].__all__),
       sorted(n for n in dir(REAL[I]) if not n.startswith('_')),
       'itertools names')
