# Integer arithmetic including signs of floor division and modulo
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7), (13, 13), (-13, 13)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(7 / 2, -7 / 2, 6 / 3, 1 / 4)
print(abs(-5), abs(5), abs(0), -(-3), +4)
print(3 * 4 + 2, 3 * (4 + 2), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(17 // 5 * 5 + 17 % 5)
print(-17 // 5 * 5 + -17 % 5)
print(100 // 7, 100 % 7, -100 // 7, -100 % 7)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(0b1010, 0o17, 0xff, 0XAB, 1_000_000, 0b_1111_0000)
print(int(True) + True, True * 10, False - 1)
