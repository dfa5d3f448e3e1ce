# str <-> int conversions and numeric string edge cases
for s in ["0", "007", "-12", "+3", " 42\n", "1_2_3", "١٢٣"]:
    print(repr(s), int(s))
for s in ["1.5", "-0.25", "1e10", "inf", "-Infinity", "NaN", "  2.5  ", "1_0.5"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.5", "1__2", "_1", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "1.2.3", "e5", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(str(10 ** 18), str(-10 ** 18), repr(10 ** 18))
print(int("1" * 50) % 97)
print(format(12345678, ","), format(-1234.5, ",.2f"))
