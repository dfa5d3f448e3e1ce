"""Compare lib/random.py (imported as pyg_random) with CPython's random.

Run with CPython 3.11:  python3 lib/tests_random/run.py
Every value produced for the same seed must be identical.
"""
import copy
import hashlib
import importlib.util
import os
import pickle
import random as cpy
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    'pyg_random', os.path.join(HERE, '..', 'random.py'))
pyg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pyg)

failures = 0
checks = 0


def check(label, got, want):
    global failures, checks
    checks += 1
    if got != want:
        failures += 1
        if failures <= 30:
            print('FAIL %s\n  got:  %r\n  want: %r' % (label, str(got)[:300], str(want)[:300]))


def outcome(fn, *args, **kwargs):
    """Result of a call, or (exception type name, message)."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            return ('ok', fn(*args, **kwargs))
        except Exception as exc:
            return ('exc', type(exc).__name__, str(exc))


SEEDS = [0, 1, 42, -7, 2 ** 100, 123456789, -(2 ** 100) - 12345,
         2 ** 32, 2 ** 32 - 1, 2 ** 20000 + 77, 3 ** 2000, True,
         'hello', '', 'ünïcødé ✓', b'bytes seed', b'', bytearray(b'ba'),
         'x' * 500, 1.5, -2.25, 0.0, 1e300]

POP = list(range(50))
BIGPOP = range(10 ** 6)


def workload(r):
    """Every public method, many times; returns one long list."""
    out = []
    add = out.append
    for _ in range(700):                      # crosses the 624-word boundary
        add(r.random())
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 96, 100, 255, 256, 257,
              1000, 4096, 20000, 32 * 700 + 3):
        add(r.getrandbits(k))
    for _ in range(200):
        add(r.randrange(10))
        add(r.randrange(-5, 17))
        add(r.randrange(3, 1000, 7))
        add(r.randrange(100, -100, -3))
        add(r.randrange(2 ** 100))
        add(r.randrange(-(2 ** 70), 2 ** 70, 3))
        add(r.randint(1, 6))
        add(r.randint(-10 ** 30, 10 ** 30))
        add(r.choice(POP))
        add(r.choice('abcdefg'))
        add(r.uniform(-3.0, 11.5))
        add(r.triangular())
        add(r.triangular(2.0, 10.0, 9.0))
        add(r.triangular(5.0, 5.0))
        add(r.gauss())
        add(r.gauss(10.0, 2.0))
        add(r.normalvariate())
        add(r.normalvariate(3.0, 0.5))
        add(r.lognormvariate(0.5, 1.5))
        add(r.expovariate(1.7))
        add(r.vonmisesvariate(1.0, 4.0))
        add(r.vonmisesvariate(2.0, 1e-7))
        add(r.vonmisesvariate(0.0, 0.3))
        add(r.gammavariate(0.3, 2.0))
        add(r.gammavariate(1.0, 3.0))
        add(r.gammavariate(5.5, 1.5))
        add(r.gammavariate(0.9999, 1.0))
        add(r.betavariate(0.5, 0.7))
        add(r.betavariate(3.0, 2.0))
        add(r.paretovariate(2.5))
        add(r.weibullvariate(1.5, 0.8))
    for n in (0, 1, 2, 7, 50):
        lst = list(range(n))
        r.shuffle(lst)
        add(lst)
    for k in (0, 1, 5, 6, 20, 49, 50):
        add(r.sample(POP, k))
    add(r.sample('abcdefghijklmnop', 7))
    add(r.sample(tuple(range(30)), k=10))
    for k in (1, 10, 100, 1000):
        add(r.sample(BIGPOP, k))
    add(r.sample(range(2 ** 62), 25))
    add(r.sample(['red', 'blue'], counts=[4, 2], k=5))
    add(r.sample(range(5), 12, counts=[3, 0, 5, 1, 4]))
    add(r.sample(range(3), 100, counts=[1000, 200, 7]))
    add(r.choices(POP, k=30))
    add(r.choices('ab'))
    add(r.choices(POP, weights=range(1, 51), k=40))
    add(r.choices(POP, cum_weights=list(range(10, 510, 10)), k=40))
    add(r.choices(['x', 'y', 'z'], [0.1, 0.0, 2.5], k=25))
    add(r.choices(['x', 'y', 'z'], [0, 0, 1], k=5))
    for n in (0, 1, 3, 4, 5, 17, 1000):
        add(r.randbytes(n))
    # gauss' cached second value must survive getstate/setstate.
    add(r.gauss())
    st = r.getstate()
    add(st)
    add([r.gauss() for _ in range(5)])
    r.setstate(st)
    add([r.gauss() for _ in range(5)])
    for _ in range(30):
        add(r.random())
    return out


def compare_instances(seed, version=2):
    if isinstance(seed, int) and seed.bit_length() > 200:
        shown = '<int of %d bits>' % seed.bit_length()
    elif isinstance(seed, (str, bytes, bytearray)) and len(seed) > 20:
        shown = seed[:20]
    else:
        shown = seed
    label = 'seed=%r v%d' % (shown, version)
    a = pyg.Random()
    b = cpy.Random()
    a.seed(seed, version=version)
    b.seed(seed, version=version)
    check(label + ' state after seeding', a.getstate(), b.getstate())
    wa = workload(a)
    wb = workload(b)
    check(label + ' workload length', len(wa), len(wb))
    for i, (x, y) in enumerate(zip(wa, wb)):
        if x != y or type(x) is not type(y):
            check(label + ' workload item %d' % i, x, y)
            break
    else:
        check(label + ' workload', True, True)
    check(label + ' final state', a.getstate(), b.getstate())


for s in SEEDS:
    compare_instances(s)
for s in ('hello', b'bytes seed', '', 'ünïcødé', 12345, b'\xff\x00abc'):
    compare_instances(s, version=1)

# Constructor seeding and module-level functions.
for s in (0, 42, -7, 2 ** 100, 'abc'):
    check('Random(%r)' % (s,), pyg.Random(s).getstate(), cpy.Random(s).getstate())
for s in (0, 1, 42, -7, 2 ** 100, 123456789):
    pyg.seed(s)
    cpy.seed(s)
    got = [pyg.random(), pyg.randrange(100), pyg.randint(1, 6), pyg.choice('xyz'),
           pyg.getrandbits(77), pyg.gauss(), pyg.gauss(), pyg.normalvariate(),
           pyg.sample(range(100), 10), pyg.choices('abc', k=4), pyg.randbytes(9),
           pyg.uniform(1, 2), pyg.expovariate(2.0), pyg.vonmisesvariate(0, 1),
           pyg.gammavariate(2, 2), pyg.betavariate(2, 3), pyg.paretovariate(1),
           pyg.weibullvariate(1, 1), pyg.triangular(0, 1, 0.2),
           pyg.lognormvariate(0, 1)]
    lst = list(range(20))
    pyg.shuffle(lst)
    got.append(lst)
    got.append(pyg.getstate())
    want = [cpy.random(), cpy.randrange(100), cpy.randint(1, 6), cpy.choice('xyz'),
            cpy.getrandbits(77), cpy.gauss(), cpy.gauss(), cpy.normalvariate(),
            cpy.sample(range(100), 10), cpy.choices('abc', k=4), cpy.randbytes(9),
            cpy.uniform(1, 2), cpy.expovariate(2.0), cpy.vonmisesvariate(0, 1),
            cpy.gammavariate(2, 2), cpy.betavariate(2, 3), cpy.paretovariate(1),
            cpy.weibullvariate(1, 1), cpy.triangular(0, 1, 0.2),
            cpy.lognormvariate(0, 1)]
    lst = list(range(20))
    cpy.shuffle(lst)
    want.append(lst)
    want.append(cpy.getstate())
    check('module functions seed=%r' % (s,), got, want)

# States are interchangeable with CPython's (both directions, and mid-buffer).
b = cpy.Random(99)
for _ in range(333):
    b.random()
b.gauss()
a = pyg.Random()
a.setstate(b.getstate())
check('setstate from CPython', [a.random() for _ in range(1000)] + [a.gauss()],
      [b.random() for _ in range(1000)] + [b.gauss()])
a = pyg.Random(5)
a.getrandbits(7)
b = cpy.Random()
b.setstate(a.getstate())
check('CPython setstate from pyg', [a.getrandbits(40) for _ in range(800)],
      [b.getrandbits(40) for _ in range(800)])
# Version-2 states (signed words).
st = cpy.Random(3).getstate()
v2 = (2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in st[1][:-1]) + (st[1][-1],), None)
a = pyg.Random()
a.setstate(v2)
b = cpy.Random()
b.setstate(v2)
check('version 2 setstate', [a.random() for _ in range(10)], [b.random() for _ in range(10)])
# Index 624 and 0 states.
for idx in (0, 624, 623):
    st = cpy.Random(8).getstate()
    st = (3, st[1][:-1] + (idx,), None)
    a = pyg.Random()
    a.setstate(st)
    b = cpy.Random()
    b.setstate(st)
    check('state index %d' % idx, [a.random() for _ in range(700)], [b.random() for _ in range(700)])

# Pickle / copy: each copy continues the original stream independently.
def reference(n_skip, n):
    r = cpy.Random(77)
    for _ in range(n_skip):
        r.random()
    return [r.random() for _ in range(n)]


a = pyg.Random(77)
a.random()
a2 = copy.deepcopy(a)
a3 = copy.copy(a)
sys.modules['pyg_random'] = pyg
a4 = pickle.loads(pickle.dumps(a))
check('original', [a.random() for _ in range(5)], reference(1, 5))
check('deepcopy', [a2.random() for _ in range(5)], reference(1, 5))
check('copy', [a3.random() for _ in range(5)], reference(1, 5))
check('pickle', [a4.random() for _ in range(5)], reference(1, 5))

# Subclasses: the _randbelow strategy follows what is overridden.
def make_subclasses(mod):
    class OnlyRandom(mod.Random):
        def __init__(self):
            self.x = 0.1234
            super().__init__(0)

        def random(self):
            self.x = (self.x * 3.9 * (1 - self.x))
            return self.x

    class OnlyBits(mod.Random):
        def __init__(self):
            self.c = 12345
            super().__init__(0)

        def getrandbits(self, k):
            self.c = (self.c * 1103515245 + 12345) % (2 ** 61 - 1)
            return self.c & ((1 << k) - 1)

    class Plain(mod.Random):
        pass

    class Both(OnlyRandom):
        def getrandbits(self, k):
            return super().getrandbits(k)

    return OnlyRandom, OnlyBits, Plain, Both


def sub_workload(r):
    r.seed(0)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        lst = list(range(30))
        r.shuffle(lst)
        return [r.randrange(1000) for _ in range(50)] + [r.choice('abcdefgh') for _ in range(20)] + \
            [lst, r.sample(range(1000), 20), r.uniform(0, 1), r.randrange(2 ** 60),
             r.randint(0, 2 ** 54), r.choices('abc', k=5), r.gauss()]


for pc, cc in zip(make_subclasses(pyg), make_subclasses(cpy)):
    check('subclass %s _randbelow' % pc.__name__, pc._randbelow.__name__, cc._randbelow.__name__)
    check('subclass %s values' % pc.__name__, sub_workload(pc()), sub_workload(cc()))

# Error messages and edge cases.
ERROR_CASES = [
    ('randrange', (5, 5)), ('randrange', (0,)), ('randrange', (-3,)),
    ('randrange', (10, 0)), ('randrange', (0, 10, 0)), ('randrange', (0, 10, -1)),
    ('randrange', (1.5,)), ('randrange', (10.0,)), ('randrange', (0, 2.5)),
    ('randrange', (0, 10, 1.5)), ('randrange', (5, None, 2)), ('randrange', ('a',)),
    ('randint', (5, 3)), ('randint', (1, 1)), ('choice', ([],)), ('choice', ('',)),
    ('sample', ([1, 2, 3], 4)), ('sample', ([1, 2, 3], -1)), ('sample', ({1, 2}, 1)),
    ('sample', ({'a': 1}, 1)), ('sample', ([1, 2], 1), {'counts': [1]}),
    ('sample', ([1, 2], 1), {'counts': [0, 0]}), ('sample', ([1, 2], 1), {'counts': [1.0, 2.0]}),
    ('choices', ([1, 2], [1, 2], ), {'cum_weights': [1, 2]}),
    ('choices', ([1, 2], 5)), ('choices', ([1, 2], [1])),
    ('choices', ([1, 2], [0, 0])), ('choices', ([1, 2], [1, float('inf')])),
    ('choices', ([], ), {'k': 1}), ('choices', ([], ), {'k': 0}),
    ('getrandbits', (-1,)), ('getrandbits', (0,)), ('getrandbits', (2.0,)),
    ('gammavariate', (0, 1)), ('gammavariate', (1, -1)),
    ('seed', ([1, 2],)), ('seed', ({},)), ('seed', (object(),)),
    ('setstate', ((9, (), None),)), ('setstate', ((3, (1, 2), None),)),
    ('setstate', ((3, [0] * 625, None),)),
    ('setstate', ((3, (0,) * 624 + (625,), None),)),
    ('setstate', ((3, (0,) * 624 + (-1,), None),)),
    ('setstate', ((3, (-1,) + (0,) * 624, None),)),
    ('setstate', ((3, (1.0,) + (0,) * 624, None),)),
    ('triangular', (1, 1, 1)), ('uniform', (5, 5)),
    ('shuffle', ([],)), ('randbytes', (0,)), ('randbytes', (-1,)),
]
for case in ERROR_CASES:
    name, args = case[0], case[1]
    kwargs = case[2] if len(case) > 2 else {}
    a = pyg.Random(1)
    b = cpy.Random(1)
    got = outcome(getattr(a, name), *args, **kwargs)
    want = outcome(getattr(b, name), *args, **kwargs)
    check('error case %s%r %r' % (name, args, kwargs), got, want)
    check('state after %s%r' % (name, args), a.random(), b.random())

# Deprecation warnings for float args to randrange.
for args in ((10.0,), (0, 10.0), (0, 10, 1.0), (1.5,)):
    with warnings.catch_warnings(record=True) as wa:
        warnings.simplefilter('always')
        outcome(pyg.Random(1).randrange, *args)
    with warnings.catch_warnings(record=True) as wb:
        warnings.simplefilter('always')
        outcome(cpy.Random(1).randrange, *args)
    check('warnings randrange%r' % (args,), [(w.category, str(w.message)) for w in wa],
          [(w.category, str(w.message)) for w in wb])

# Pure-Python SHA-512 against hashlib.
for n in (0, 1, 3, 55, 111, 112, 113, 127, 128, 129, 239, 240, 256, 1000, 5000):
    data = bytes((i * 7 + n) & 255 for i in range(n))
    check('sha512 len %d' % n, pyg._sha512_pure(data), hashlib.sha512(data).digest())

# The fallback path gives the same seeds as hashlib.
saved = pyg._hashlib_sha512
pyg._hashlib_sha512 = None
try:
    for s in ('hello', b'', 'ünïcødé', bytearray(b'xyz' * 100)):
        check('pure sha seed %r' % (s[:10],), pyg.Random(s).getstate(), cpy.Random(s).getstate())
finally:
    pyg._hashlib_sha512 = saved

# Unseeded / system entropy.
x = pyg.Random()
y = pyg.Random()
check('urandom seeds differ', x.getstate() != y.getstate(), True)
pyg.seed()
check('seed() gives floats', 0.0 <= pyg.random() < 1.0, True)
sr = pyg.SystemRandom()
vals = [sr.random() for _ in range(1000)]
check('SystemRandom range', all(0.0 <= v < 1.0 for v in vals), True)
check('SystemRandom randrange', all(0 <= sr.randrange(7) < 7 for _ in range(500)), True)
check('SystemRandom bits', all(sr.getrandbits(13) < 2 ** 13 for _ in range(500)), True)
check('SystemRandom getrandbits(0)', sr.getrandbits(0), 0)
check('SystemRandom randbytes', len(sr.randbytes(17)), 17)
check('SystemRandom sample', sorted(sr.sample(range(10), 10)), list(range(10)))
check('SystemRandom seed', sr.seed(5), None)
check('SystemRandom getstate', outcome(sr.getstate), outcome(cpy.SystemRandom().getstate))
check('SystemRandom _randbelow', pyg.SystemRandom._randbelow.__name__,
      cpy.SystemRandom._randbelow.__name__)
check('__all__', sorted(pyg.__all__), sorted(n for n in cpy.__all__ if n != 'binomialvariate'))
for const in ('NV_MAGICCONST', 'TWOPI', 'LOG4', 'SG_MAGICCONST', 'BPF', 'RECIP_BPF'):
    check('const ' + const, getattr(pyg, const), getattr(cpy, const))

print('%d checks, %d failures' % (checks, failures))
sys.exit(1 if failures else 0)
