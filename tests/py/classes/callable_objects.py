class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, **kw):
        return self.k * x + sum(rest) + sum(kw.values())
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, extra=100), callable(m), callable(Multiplier))
print(list(map(Multiplier(10), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
print(callable(len), callable(lambda: 0), callable("str"), callable(None), callable(Counter().__call__))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __call__(self, a, b=0):
        return a + b
print(sorted([3, 1, 2], key=Multiplier(-1)), Adder()(1, b=2))
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + "/" + name)
    def __call__(self, *args):
        return f"GET {self.path} {args}"
print(Chain().api.users.list(1, 2))
