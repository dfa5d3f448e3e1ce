def compose2(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(pow)(2)(8))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(str, [1, 2]), my_filter(str.isupper, "aBcD"), my_reduce(lambda a, b: a + [b * b], [1, 2, 3], []))
def once(f):
    done = []
    def w(*a):
        if not done:
            done.append(f(*a))
        return done[0]
    return w
first = once(lambda x: x * 100)
print(first(1), first(2), first(3))
def pipeline(*stages):
    def run(x):
        for s in stages:
            x = s(x)
        return x
    return run
print(pipeline(str.strip, str.lower, str.split)("  Hello Big WORLD  "))
def memoize(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memoize
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(90), len(stairs.cache))
key_funcs = [len, str.lower, lambda s: s[-1]]
words = ["Banana", "apple", "Cherry", "fig"]
for k in key_funcs:
    print(sorted(words, key=k))
print(list(map(lambda f: f(16), [abs, bin, hex, oct, str])))
