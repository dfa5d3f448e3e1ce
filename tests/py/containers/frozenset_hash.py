fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs == {1, 2, 3}, fs == frozenset({3, 2, 1}), hash(fs) == hash(frozenset([1, 2, 3])))
d = {fs: "value", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(sorted(sorted(s) for s in nested))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError")
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) != hash((2, 1)))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print({1: "a", 1.0: "b"}, {(1, 2): 1, (1.0, 2.0): 2})
s = {frozenset("ab"), frozenset("ba")}
print(len(s))
print(sorted(fs.union([5])), sorted(fs.intersection([1, 9])), sorted(fs - {1}))
print(frozenset("aabbcc") == frozenset("cba"), sorted(frozenset("aabbcc")))
