d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(k), list(v), list(it))
del d["a"]
print(list(k))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print("b" in k, 3 in v, ("c", 3) in it, ("c", 4) in it)
print(sorted(it & {("b", 2), ("c", 0)}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(v == v, list(d.values()) == list(d.values()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys().mapping == d if hasattr(d.keys(), "mapping") else True)
x = {1: "a"}
ks = x.keys()
x[2] = "b"
print(ks, list(map(str, x.values())))
