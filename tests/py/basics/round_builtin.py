# round() semantics: banker's rounding, ndigits, negative ndigits
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.675, 1.005]:
    print(x, round(x), round(x, 2), type(round(x)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1255, -1), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(5, 0), round(7))
print(round(0.1 + 0.2, 10))
print(type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(123456789, -3), round(-123456789, -4))
print(round(2 ** 70 + 5, -1))
print(round(1e300, 2), round(0.0), round(-0.0, 1))
