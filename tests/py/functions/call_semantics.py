def mutate(lst, d, n, s):
    lst.append(99)
    d["new"] = True
    n += 1
    s += "!"
    return n, s
L = [1]
D = {}
N = 5
S = "hi"
print(mutate(L, D, N, S), L, D, N, S)
def rebind(lst):
    lst = [0]
    return lst
orig = [1, 2]
print(rebind(orig), orig)
def returns_many():
    return 1, "two", [3]
a, b, c = returns_many()
print(a, b, c, type(returns_many()).__name__)
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([early(i) for i in (-1, 0, 1)])
def side_effect_args(log):
    def v(x):
        log.append(x)
        return x
    return v
log = []
v = side_effect_args(log)
def three(a, b, c):
    return a + b + c
print(three(v(1), c=v(3), b=v(2)), log)
def recursive_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        recursive_default(n - 1, acc)
    return acc
print(recursive_default(4), recursive_default(2))
f = print
f("print alias works")
def outer_fn():
    return outer_fn.__name__
print(outer_fn())
print((lambda *a: len(a))(*range(100)))
