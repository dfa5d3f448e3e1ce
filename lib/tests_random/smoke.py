"""Smoke test: run under pygil and python3 and diff the output.

    ./target/release/pygil lib/tests_random/smoke.py > /tmp/a
    python3 lib/tests_random/smoke.py > /tmp/b && diff /tmp/a /tmp/b
"""
import random

for s in (0, 1, 42, -7, 2 ** 100, 123456789, 'hello', b'bytes', 1.5):
    random.seed(s)
    print('seed', repr(s))
    print(' random', [random.random() for _ in range(3)])
    print(' bits', random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
    print(' randrange', [random.randrange(10) for _ in range(10)],
          random.randrange(-5, 50, 7), random.randrange(2 ** 80))
    print(' randint', [random.randint(1, 6) for _ in range(10)])
    print(' choice', random.choice('abcdef'), random.choice(range(1000)))
    print(' choices', random.choices('abc', k=5), random.choices('abc', [1, 2, 3], k=5),
          random.choices('abc', cum_weights=[1, 1, 5], k=5))
    lst = list(range(15))
    random.shuffle(lst)
    print(' shuffle', lst)
    print(' sample', random.sample(range(100), 8), random.sample(range(10 ** 6), 5),
          random.sample('abcde', 2, counts=[1, 2, 3, 4, 5]))
    print(' uniform', random.uniform(2, 5), random.triangular(0, 10, 3))
    print(' gauss', random.gauss(), random.gauss(), random.gauss(5, 2))
    print(' normal', random.normalvariate(), random.lognormvariate(0, 0.5))
    print(' expo', random.expovariate(3.0), random.vonmisesvariate(1.0, 2.0))
    print(' gamma', random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
    print(' beta', random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(2, 3))
    print(' bytes', random.randbytes(10))
    st = random.getstate()
    x = [random.random() for _ in range(700)]
    random.setstate(st)
    print(' setstate', x == [random.random() for _ in range(700)], sum(x))

r = random.Random(2024)
print('Random(2024)', r.random(), r.randrange(100))


class Mine(random.Random):
    def random(self):
        return 0.3


m = Mine(1)
print('subclass', m._randbelow.__name__, m.randrange(10), m.choice('abc'), m.uniform(0, 10))
for bad in [lambda: random.randrange(5, 5), lambda: random.choice([]),
            lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1), lambda: random.randrange(0, 10, 0),
            lambda: random.gammavariate(-1, 1), lambda: random.seed([1])]:
    try:
        bad()
    except Exception as e:
        print('error', type(e).__name__, e)
sr = random.SystemRandom()
print('system', 0 <= sr.random() < 1, 0 <= sr.randrange(5) < 5, len(sr.randbytes(3)))
random.seed()
print('seed()', 0 <= random.random() < 1)
