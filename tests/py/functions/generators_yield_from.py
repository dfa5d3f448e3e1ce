def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer-result"
g = outer()
for v in g:
    print("v", v)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(6):
    print(line)
def collect():
    result = yield from outer()
    yield result
print(list(collect()))
def echo():
    while True:
        received = yield
        if received is None:
            return "closed"
        print("echo", received)
def delegator():
    r = yield from echo()
    print("delegator got", r)
d = delegator()
next(d)
d.send("hello")
d.send("world")
try:
    d.send(None)
except StopIteration:
    print("delegator finished")
def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, (2, [3, 4]), [[5]], 6])))
