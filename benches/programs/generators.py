# Generators: generator functions, generator expressions, yield from,
# pipelines of chained generators, send-free iteration protocol.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def gmap(f, it):
    for x in it:
        yield f(x)


def gfilter(pred, it):
    for x in it:
        if pred(x):
            yield x


def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def tree(depth, start):
    if depth == 0:
        return start
    return [tree(depth - 1, start * 2), start, tree(depth - 1, start * 2 + 1)]


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def pipeline(n):
    src = take(n, naturals(1))
    sq = gmap(lambda x: x * x % 1009, src)
    odd = gfilter(lambda x: x & 1, sq)
    diffs = gmap(lambda p: p[1] - p[0], pairwise(odd))
    sums = running_sum(diffs)
    acc = 0
    for chunk in chunked(sums, 64):
        acc = (acc + sum(chunk) + len(chunk)) % 1000000007
    return acc


def genexp_work(n):
    total = sum(x * 3 for x in range(n) if x % 3 != 0)
    mx = max((x * 7919) % 10007 for x in range(n))
    any_big = any(x > n * 10 for x in range(n))
    lst = list(y for y in (x * x for x in range(n // 4)) if y % 5 == 1)
    return total, mx, any_big, len(lst)


p = pipeline(1300000)
g = genexp_work(1300000)
f = sum(flatten(tree(17, 1)))
print("checksum", p, g, f)
