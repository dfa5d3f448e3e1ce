# Arbitrary precision integers
a = 2 ** 100
print(a)
print(a * a)
print(a - 1, a + 1)
print(-a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(divmod(a, -12345678901))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 2 ** 20, f % 1000003)
print(3 ** 200)
print(len(str(3 ** 200)))
print(int("123456789012345678901234567890") * 10)
print(10 ** 30 == int("1" + "0" * 30))
x = 12345678901234567890
print(x & 0xFFFF, x | 1, x ^ x, x >> 40, x << 5)
print(-x >> 3, ~x)
print(hex(a), oct(a), bin(2 ** 70))
print(abs(-(10 ** 25)), pow(2, 200, 10 ** 9 + 7))
print(2 ** 64 > 2 ** 63, 2 ** 64 == 18446744073709551616)
print((2 ** 64) / 2, float(2 ** 60))
print(sum(range(10 ** 6)))
print(-(2 ** 63), 2 ** 63 - 1)
print((-2) ** 63, (2 ** 63) * (-1) - 1)
print(10 ** 20 // 10 ** 10, 10 ** 20 % (10 ** 10 + 1))
