headers = ["item", "qty", "unit", "total"]
rows = [("widget", 3, 2.5), ("gadget", 12, 0.99), ("doohickey", 1, 100.0), ("thing", 250, 0.015)]
print(f"{headers[0]:<10}|{headers[1]:>5}|{headers[2]:>8}|{headers[3]:>10}")
print("-" * 10 + "+" + "-" * 5 + "+" + "-" * 8 + "+" + "-" * 10)
grand = 0
for name, q, u in rows:
    t = q * u
    grand += t
    print(f"{name:<10}|{q:>5d}|{u:>8.3f}|{t:>10,.2f}")
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{grand:>10,.2f}")
for n in [0, 7, 42, 255, 1000, 65535]:
    print(f"{n:>6d} {n:>#8x} {n:>#10o} {n:>#18b} {n:>8,} {n:>8.1e}")
for v in [0.0, 1.0, -1.5, 123.456, 1e-7, 1e7, float("inf"), float("nan")]:
    print(f"[{v:10.3f}] [{v:<10g}] [{v:^+12.2e}] [{v:010.2f}]")
print("{:>8}|{:^8}|{:<8}|".format(*"abc"))
print("%-8s|%8s|%08.3f|%+d" % ("left", "right", 3.14159, 7))
