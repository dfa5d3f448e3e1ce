# int() with bases and other int methods
print(int("42"), int("-42"), int("  17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("777", 8), int("zz", 36), int("Zz", 36), int("10", 3))
print(int("0", 0), int("-0x10", 16), int("11", 7))
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), "big"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((10).bit_count() if hasattr(int, "bit_count") else 2, (255).bit_count())
print(int(True), int(False), int(7.99), int(-0.5))
print((12).__abs__(), (-12).__neg__(), (5).__add__(3), (5).__rsub__(3))
print((17).conjugate(), (17).real, (17).imag, (17).numerator, (17).denominator)
print((6).as_integer_ratio())
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
