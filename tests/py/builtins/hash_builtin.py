for v in [0, 1, -1, -2, 42, 10 ** 6, True, False, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100]:
    print(v, hash(v))
print(hash(1.0), hash(0.5) == hash(0.5), hash(2.0) == hash(2), hash(-0.0), hash(float("inf")))
print(hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
