pairs = list(enumerate("abc"))
print(pairs)
e = enumerate([10, 20, 30])
a = next(e); b = next(e)
print(a, b, a is b)
z = zip("xy", "12")
p = next(z); q = next(z)
print(p, q)
tot = 0
for i, c in enumerate(range(100000)):
    tot += i * c
print(tot)
print(sum(1 for x, y in zip(range(10), range(1, 11)) if y - x == 1))
print(dict(zip("abc", range(3))), list(zip(*[(1, 2), (3, 4)])))
print(list(enumerate([], 5)), list(enumerate("ab", 10**20)))
