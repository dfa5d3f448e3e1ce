import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
@functools.cache
def sq(n):
    return n * n
print(sq(12), sq(12))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
p = functools.partial(sorted, key=len, reverse=True)
print(p(["a", "ccc", "bb"]))
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) != V(2))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted("bca", key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True))
class C:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
c = C()
print(c.value, c.value, c.calls)
