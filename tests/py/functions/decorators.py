import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    return wrapper
@trace
def add(a, b):
    """Adds."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def deco_a(f):
    def w():
        return "a(" + f() + ")"
    return w
def deco_b(f):
    def w():
        return "b(" + f() + ")"
    return w
@deco_a
@deco_b
def base():
    return "base"
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one is not None)
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print(noop.calls)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class K:
    pass
print(K.tag)
@lambda f: f()
def immediate():
    return "ran at definition"
print(immediate)
