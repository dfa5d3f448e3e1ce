print(sorted([3, 1, 2]), sorted("bca"), sorted((5, 4)), sorted({3: 0, 1: 0}), sorted({2, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([-3, 2, -1], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([], reverse=True), sorted([1.5, 1, True, 0.5]))
