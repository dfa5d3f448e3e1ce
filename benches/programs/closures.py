# Closures and higher-order functions: nonlocal counters, function factories,
# composition, map/filter/reduce-style helpers written by hand, decorators.

def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def reduce(f, it, init):
    acc = init
    for x in it:
        acc = f(acc, x)
    return acc


def memoize(f):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = f(*args)
        cache[args] = r
        return r
    return wrapper


def logged(f):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@logged
def weighted(x, w=2, *, bias=0):
    return x * w + bias


def run(n):
    counter = make_counter()
    adders = [make_adder(i) for i in range(10)]
    f = compose(*adders)
    g = compose(lambda x: x * 3 % 1000003, f, lambda x: x ^ 5)
    total = 0
    for i in range(n):
        total += g(i)
        counter(i % 3)
    total = reduce(lambda a, b: (a * 7 + b) % 1000000007, map(lambda x: x * 2, range(n)), total)
    evens = list(filter(lambda x: x % 2 == 0, map(make_adder(3), range(n // 2))))
    for i in range(n // 2):
        total += weighted(i, 3, bias=i % 4)
    p = paths(120, 120) % 1000000007
    return total % 1000000007, counter(0), len(evens), p, weighted.calls[0]


print("checksum", *run(600000))
