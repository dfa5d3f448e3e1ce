d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d["new"])
print(d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xy", (1, 2))))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d, bool(d))
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 1} | {"a": 2})
e = {"a": 1}
e |= {"c": 3}
print(e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
print(list(reversed({"p": 1, "q": 2, "r": 3})))
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
