print(int(), int(5), int("5"), int(5.9), int(-5.9), int("0x1f", 16), int(True), int("  12\n"))
print(float(), float(2), float("3.5"), float("-inf"), float(" 1e3 "), float(True))
print(str(), str(1), str(1.0), str([1]), str(b"x"), str(None), str(str))
print(bool(), bool(1), bool([]), bool("False"), bool(0j))
print(list(), list("ab"), list((1, 2)), list({1: "a"}), list(range(2)))
print(tuple(), tuple("ab"), tuple([1]), dict(), dict(a=1), dict([(1, 2)]))
print(set(), sorted(set("hello")), frozenset(), sorted(frozenset([3, 1])))
print(bytes(), bytes(2), bytes([65]), bytes("hi", "utf-8"), bytearray(b"z"))
print(complex(), complex(1), complex("1+2j"), complex(1, 2), range(3), slice(1, 2))
print(type(int("5")).__name__, type(float(1)).__name__, type(str(1)).__name__)
print(int.__call__("7"), str.__new__(str, "new"))
print(object().__class__.__name__, type(object()).__name__)
for bad, ctor in [("x", int), ("y", float), ([1], dict), (5, list)]:
    try:
        ctor(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
