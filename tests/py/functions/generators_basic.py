def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def gen_with_return():
    yield 1
    yield 2
    return "done"
g = gen_with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
for x in trace():
    print("got", x)
gen = (c.upper() for c in "xyz")
print(type(gen).__name__, next(gen), list(gen))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens(range(101))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(4, fib())))
def pipeline():
    nums = (i for i in range(20))
    sq = (n * n for n in nums)
    odd = (s for s in sq if s % 2)
    return list(odd)
print(pipeline())
g2 = count_up(2)
print(iter(g2) is g2, list(g2), list(g2))
