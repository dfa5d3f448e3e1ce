vals = [1+2j, -1.5-2.25j, 0j, complex(0, -0.0), complex(-0.0, 1), 3j, complex(1e20, 1e-5), complex(float('inf'), float('nan'))]
specs = ["", ".2", ".3f", "+.1e", "20", "<20", "^20.2f", "*>15g", " g", "G", ".0f", "#g", ",.2f", "10.3"]
for v in vals:
    print(repr(v), str(v), [format(v, s) for s in specs])
for bad in ["d", "010", "=10", "x", "%"]:
    try:
        format(1+2j, bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
print(f"{1+2j:>12}|{-1j!r:>8}|{2j:.1f}")
