d = {"a": 1, "b": 2, "c": 3, "d": 4}
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
d2 = {k: v for k, v in zip("wxyz", range(4))}
filtered = {k: v for k, v in d2.items() if v}
print(filtered)
try:
    for k in d2:
        d2[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d3 = {"x": 1}
for k in d3:
    d3[k] = 100
print(d3)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts)
swapped = dict(map(reversed, counts.items()))
print(swapped)
items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(items, dict(items) == counts)
e = {}
e.update(a=1)
e.update({"b": 2}.items())
e.update([("c", 3)], d=4)
print(e, list(e.keys())[::-1])
print({k: sorted(v) for k, v in {"x": {3, 1}, "y": {2}}.items()})
