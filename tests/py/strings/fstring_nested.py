rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in rows:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>10.2f}")
print(f"{'TOTAL':<10}{sum(p * q for _, p, q in rows):>23.2f}")
for w in (5, 8, 11):
    print(f"[{'x':^{w}}]", f"[{3.14159:{w}.{w - 4}f}]")
for align in "<^>":
    print(f"|{'ab':{'.'}{align}{6}}|")
val = 255
for spec in ["d", "x", "#x", "o", "b", "08b", "#010b", ",", "e", ".1f"]:
    print(f"{spec:>6}: {val:{spec}}")
print(f"{f'{val:x}':>6}")
print(f"{'-' * 10}")
print(f"{3 > 2 and 'yes' or 'no'}")
print(f"{{{val}}}", f"{{{{x}}}}")
data = {"a": [1, 2, 3]}
print(f"{data['a'][1:]}", f"{len(data)}", f"{sum(data['a']):03d}")
print(f"{'%.2f' % 2.5}", f"{'{:>4}'.format(7)}")
print(f"{ 1 + 1 }", f"{(1, 2)}", f"{[x * x for x in range(4)]}")
