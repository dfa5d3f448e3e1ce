nums = [4, 7, 1, 9, 3]
print(sum(n * n for n in nums), max(n % 5 for n in nums), min((n for n in nums), default=0))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
print(list(x for x in range(10) if x % 3 == 0))
print(tuple(c for c in "hello" if c not in "l"))
print(sorted((n for n in nums), reverse=True))
print(",".join(str(n) for n in nums))
g = (i * 2 for i in range(3))
print(next(g), next(g), next(g), next(g, None))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
def source():
    print("source called")
    return range(3)
lazy = (x for x in source())
print("created")
print(list(lazy))
x = 10
g2 = (x + i for i in range(3))
x = 100
print(list(g2))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]))
print(set(len(w) for w in "a bb cc ddd".split()) == {1, 2, 3})
total = 0
for v in (n for n in range(1000000) if n % 99999 == 0):
    total += v
print(total)
