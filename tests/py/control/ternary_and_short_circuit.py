calls = []
def t(name, val):
    calls.append(name)
    return val
r = t("a", 1) if t("cond", True) else t("b", 2)
print(r, calls)
calls.clear()
r = t("x", 0) and t("y", 1)
print(r, calls)
calls.clear()
r = t("x", 0) or t("y", "") or t("z", "last")
print(r, calls)
calls.clear()
r = not t("n", []) and t("m", "after not")
print(r, calls)
calls.clear()
print(all(t(i, i < 2) for i in range(5)), calls)
calls.clear()
print(any(t(i, i == 1) for i in range(5)), calls)
x = None
val = x.attr if x is not None else "safe"
print(val)
d = {}
print(d and d["k"], d.get("k") or "fallback")
def safe_div(a, b):
    return b and a / b
print(safe_div(1, 0), safe_div(1, 4))
print([("even" if n % 2 == 0 else "odd") for n in range(4)])
print((lambda v: "pos" if v > 0 else "neg" if v < 0 else "zero")(0))
