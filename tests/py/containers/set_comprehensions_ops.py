evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), sorted(evens ^ threes)[:5])
words = ["apple", "Banana", "cherry", "apple", "banana"]
print(sorted({w.lower() for w in words}), len(set(words)))
print(sorted({len(w) for w in words}), sorted({w[0].lower() for w in words}))
a = {1, 2, 3}
b = a
b.add(4)
print(sorted(a), a is b)
c = a | set()
c.add(5)
print(sorted(a), sorted(c))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print({1, 2} | {2, 3} | {4}, {1, 2, 3} & {2} & {2, 3})
print(set() == frozenset(), set([1, 2]) <= frozenset([1, 2, 3]), {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
sets = [{1, 2}, {2, 3}, {2, 4}]
print(sorted(set.intersection(*sets)), sorted(set.union(*sets)))
print(sorted(x * y for x in {1, 2} for y in {10, 20}))
print(min({5, 3, 8}), max({5, 3, 8}), sum({1, 2, 3}), len({None, 0, False, ""}))
