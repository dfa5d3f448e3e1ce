# Conversions between numeric types and mixed arithmetic
print(1 + 2.0, type(1 + 2.0).__name__, 3 * True, 2 ** 0.5, 4 ** 0.5)
print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0, type(10 // 4.0).__name__)
print(float(7), int(7.9), int("-0"), float("-0"), complex(2), complex(1.5, 2))
print(1 + 1j + 1.5, (2 + 0j) == 2, 3j * 3j)
print(int(" 12 "), float("1e-2"), float(".5e1"), int(float("12.0")))
print(str(12), str(12.0), str(-0.0), str(1e-7), str(123e10), str(1e16))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex())
print(max(1, 2.5), min(-1, -1.0), max(-1.0, -1))
print(abs(-7.25), abs(3 - 4j), pow(2, 10), pow(2.0, 3), pow(9, 0.5))
print(pow(-8, 1 / 3) .real > 0)
print(divmod(-7, 2.0), divmod(7, -2))
print(sum([0.1] * 10), sum([1, 2, 3], 0.0))
print(1e3 == 1000, int(1e3), round(1e3))
print(float(True), int(False), complex(True))
print(10 ** -1 == 0.1, 2 ** 0.0, 0 ** 0, 0.0 ** 0)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (5, 0)]:
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
