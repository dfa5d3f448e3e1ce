for x in [2.5, 3.5, -2.5, 0.125, 0.375, 1.45, 2.675, 1e-10, 123.456]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
for n in [15, 25, 35, -15, 149, 150, 151, 250, 350]:
    print(n, round(n, -1), round(n, -2), divmod(n, 10), divmod(n, -10))
print(round(5e-324, 400) if False else round(0.5e-3, 3), round(1e15 + 0.5), round(2 ** 60 + 0.0, -5))
