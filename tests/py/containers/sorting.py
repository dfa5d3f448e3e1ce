data = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
by_name_desc = sorted(data, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
lst = nums[:]
lst.sort(key=lambda n: n % 3)
print(lst)
print(sorted("Hello World"), sorted(["b", "A", "c"], key=str.lower))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a")]))
print(sorted({3: "x", 1: "y"}), sorted({"b": 1, "a": 2}.items()))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
stable = [(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")]
print(sorted(stable, key=lambda t: t[0]))
print(sorted(stable, key=lambda t: t[0], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3.5, 1, 2.25, True]))
words = "the quick brown fox jumped over the lazy dogs".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
r = [4, 2, 3]
print(r.sort(), r)
print(list(reversed(sorted(r))))
