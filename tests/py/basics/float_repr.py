# Float repr and str behaviour
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 0.0001, 123456789.0,
        1e22, 1e21, 1.5e300, 5e-324, 1.0, -0.0, 0.0, 100.0, 3.14159, 2.5e-10, 1e100,
        float(2 ** 53), float(2 ** 53 + 1), 0.3, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), -float("inf"))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(float("1e500"), float("-1e500"))
print(1.0 == 1, 0.5 + 0.5 == 1, 2.0 ** 0.5)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(float("  3.5  "), float("-1_000.5"), float("+.5"), float("1e3"))
print(1.5.is_integer(), 2.0.is_integer())
print((0.25).as_integer_ratio(), (1.5).as_integer_ratio())
print(int(3.9), int(-3.9), int(1e20))
print(3 * 0.1, 0.1 * 3, 1.1 + 2.2)
print(1e308 * 10, -1e308 * 10)
print(2.0 ** -1074, 2.0 ** 1023)
print(float(10 ** 20), 1e20 == 10 ** 20)
print(abs(-2.5), -2.5 ** 2, (-2.5) ** 2)
