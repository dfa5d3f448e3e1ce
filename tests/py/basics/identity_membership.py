# is / is not / in / not in with various objects
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    __hash__ = None
b1 = Box(1)
b2 = Box(1)
print(b1 == b2, b1 is b2, b1 is not b2)
print(b2 in [b1], any(x is b2 for x in [b1]))
lst = [None, 0, "", False]
print(None in lst, 0 in lst, False in lst, [] in lst)
print(lst.index(False), lst.count(0), lst.count(False))
x = None
print(x is None, x is not None, x == None)
print(type(1) is int, type(True) is int, type(True) is bool)
d = {"a": 1}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items())
print("" in "abc", "abc" in "abc", "abcd" in "abc")
print(b"ab" in b"cabd", 97 in b"abc", 100 in b"abc")
print([1, 2] in [[1, 2], [3]], (1, 2) in [[1, 2]])
print(frozenset({1}) in {frozenset({1}): 0})
print(3 in (1, 2, 3), 3.0 in (1, 2, 3), "3" in (1, 2, 3))
