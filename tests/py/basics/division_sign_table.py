# floor division and modulo sign table for ints and floats
nums = [-7, -6, -1, 0, 1, 6, 7]
divs = [-3, -2, 2, 3]
for a in nums:
    row = []
    for b in divs:
        q, r = a // b, a % b
        assert q * b + r == a
        row.append(f"{q:>3}{r:>3}")
    print(f"{a:>3}:", " |".join(row))
for a in [-7.5, -0.5, 0.5, 7.5]:
    print(a, [(a // b, a % b) for b in (-2, 2, -0.5)])
print(-0.0 // 1, 0.0 % -1, -1 % 1e300, 5 % -1e300)
print(divmod(-2 ** 65, 7), divmod(2 ** 65, -7), -(2 ** 65) % 7)
print(7 // -1, -7 // 1, (-7) // (-1), 0 // -5, 0 % -5)
