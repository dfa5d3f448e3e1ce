print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000000007), pow(7, -1, 11))
print(round(2.567, 2), round(-2.5), round(7.5), round(12345, -2))
print(hash(1) == hash(1.0), hash(42), hash(-1) == hash(-2), hash(0), hash(True))
print(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3], 10), sum(range(5)))
print(bin(10), oct(64), hex(3054), bin(-3), hex(0), oct(-1))
print(int("11", 2), int(3.99), int("  -7 "), float("2.5e2"), complex(1, 2))
print(bool(0), bool(0.0), bool(-1), bool("0"), bool(()), bool(None))
print(chr(65), chr(0x1F600) == "😀", ord("A"), ord("€"), ord("\n"))
print(int.__name__, float(), int(), str(), bool(), complex())
print(max(1, 2, key=lambda x: -x), min("apple", "fig", key=len), max([], default="none"))
print(sum([1.5, 2.5]), sum([[1], [2]], []), sum((x for x in range(4)), 100))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
