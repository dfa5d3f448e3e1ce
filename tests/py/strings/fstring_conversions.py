class P:
    def __repr__(self):
        return "P(repr)"
    def __str__(self):
        return "P(str)"
    def __format__(self, spec):
        return "P(format:" + spec + ")"
p = P()
print(f"{p}|{p!s}|{p!r}|{p!a}|{p:xyz}|{p!s:>10}|{p!r:*^12}")
print(f"{chr(9)!r}")
name = "Ünïcode"
print(f"{name!a} {name!r} {name!s}")
val = 42
print(f"{val = }", f"{val=:#x}", f"{val = !r}", f"{ val = }")
items = ["a", "b"]
print(f"{items!r} {items} {len(items)=}")
print(f"{'a' 'b'}", f"{3+4}", f"{'x' * 3}")
d = {"key": "v"}
print(f"{d['key']}", f"{d!r}")
print(f"""multi
{val}
line""")
print(F"{val}", rf"\n{val}", fr"{val}\t")
print(f"{val:{'x'}}", f"{12.5:{'.0f'}}")
print(f"{'left':<{2*4}}|")
