vals = [1, 1.5, "str", "é", "日本", "😀", b"\xff", [1, "é"], ("t",), {"k": "v"}, None, True, 3 + 4j, "\n", "'", 1e100]
for v in vals:
    print(repr(v), ascii(v), str(v), format(v) if not isinstance(v, bytes) else "bytes")
print(format(255, "x"), format(255, "#010b"), format("s", "^5"), format(0.5, ".1%"), format(1234, ","))
print(repr(repr("a")), ascii("\x00\u1234"), repr(float("nan")), repr(-0.0))
print(format(3.14159), format(3.14159, ""), format(3.14159, ".3"), format(10, ""), format(10, "n"))
class C:
    def __format__(self, spec):
        return f"C[{spec}]"
print(format(C(), "abc"), format(C()), f"{C():xyz}")
