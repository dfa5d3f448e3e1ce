names = ["ann", "ben", "cal"]
ages = [31, 22, 45, 99]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(map(len, names)), list(map(lambda a, b: a + str(b), names, ages)))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
print(min(ages), max(ages), min(names, key=lambda n: n[1]), max(names, key=len))
print(min([], default="empty"), max([], default=None), min(3, 1, 2), max("b", "a", "c"))
print(max([1, 5, 5, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(sum(ages), sum(ages, 100), sum([[1], [2, 3]], []), sum([0.5, 0.25]))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 40 for x in ages), all(isinstance(n, str) for n in names))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str.upper, "xy")
print(next(m), list(m))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
print(sorted(zip(ages, names), reverse=True))
print(dict(enumerate("abc")), dict(zip("abc", range(3))))
