# format() builtin exercising every part of the spec
n = 1234567
print(format(n, ""), format(n, "d"), format(n, "n"), format(-n, ","), format(n, "_"), format(n, "_x"), format(n, "_b"))
print(format(42, "*>10"), format(42, "*<10"), format(42, "*^10"), format(-42, "*=10"), format(42, "010"), format(-42, "010"))
print(format(42, "+"), format(-42, "+"), format(42, "-"), format(42, " "), format(-42, " "))
print(format(255, "b"), format(255, "#b"), format(255, "o"), format(255, "#o"), format(255, "x"), format(255, "#X"), format(-255, "#x"))
print(format(97, "c"), format(0x263A, "c"), format(65, "^5c"))
print(format(3.14159, "f"), format(3.14159, "F"), format(3.14159, ".0f"), format(2.5, ".0f"), format(float("inf"), "F"), format(float("nan"), "f"))
print(format(314159.26535, "e"), format(314159.26535, "E"), format(314159.26535, ".2e"), format(0.0, "e"))
print(format(314159.26535, "g"), format(314159.26535, ".3g"), format(0.00001234, "g"), format(1234567.0, "G"), format(100.0, "g"), format(1e-4, "g"))
print(format(0.1234, "%"), format(0.1234, ".1%"), format(1.5, ".0%"))
print(format(1234.5678, ",.2f"), format(1234.5678, "_.1f"), format(1234567.5, ",g"), format(-1234.5, "=+12,.1f"))
print(format(3.0, ""), format(3.0, "g"), format(1e16, ""), format(1e16, "g"), format(12.0, ".3"), format(1/3, ".5"))
print(format(5, "#010b"), format(5, "#10b"), format(5, "<#10b"), format(-5, "#010b"))
print(format("abc", ""), format("abc", "s"), format("abc", ">6"), format("abc", ".2"), format("abc", "_^9.1"))
print(format(True, ""), format(True, "d"), format(True, ">6"), format(None, ""), format([1], ""))
print(format(12, ".2f"), format(12, "e"), format(12, "%"), format(12, "g"))
print(format(-0.0, ""), format(-0.0, ".1f"), format(0.5, "+.2f"), format(1e300, ".3g"))
print(format(2 ** 80, ","), format(2 ** 80, "x"), format(-(2 ** 70), "_"))
print(format(1.0, "n"), format(1234.5, "n"), format(12345678, "n"))
print(format(3 + 4j, ""), format(3 + 4j, ".2f"))
for bad in [(1.5, "d"), ("s", "d"), (5, "s"), (1, ",s")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
