vals = [0, 1, 5, 12, 255, -1, -6, 2 ** 40 + 3]
for a in vals:
    print(a, bin(a), a & 0xF, a | 0x10, a ^ 0b1010, ~a, a << 3, a >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-8 & 0xFF, -8 | 3, -8 ^ -1, -8 >> 1, -1 << 70)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), [b for b in range(8) if x >> b & 1])
x &= ~(1 << 3)
print(x, bin(x))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 7, 255, 2 ** 64 - 1)])
print(True & True, True | False, True ^ True, type(True ^ False).__name__, 6 & True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
