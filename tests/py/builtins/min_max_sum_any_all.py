print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8), max("hello"), min("b", "a"))
print(max([1, 3, 2], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(max([], default=0), min((), default="empty"), max([5], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max(range(10), key=lambda n: n % 4), min({3: "x", 1: "y"}), max({"b": 1, "a": 2}.values()))
print(sum([]), sum([1, 2, 3]), sum([0.1, 0.2]), sum([1, 2], start=10), sum(range(1, 11)) / 10)
print(any([]), any([0, None, ""]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), any("abc"), all(""))
print(max(1, 2.5, True), min(-1, -1.0), max([1, 1.0]), min([1.0, 1]))
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)
