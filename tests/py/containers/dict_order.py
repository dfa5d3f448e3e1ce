d = {}
for key in ["zebra", "apple", "mango", "kiwi"]:
    d[key] = len(key)
print(d)
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d.items()))
d.pop("mango")
d["mango"] = 5
print(d)
comp = {i: i * i for i in [5, 3, 9, 1]}
print(comp)
print({**comp, 3: "three", 42: "new"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[1]))
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print(dict(sorted(counts.items())))
print(max(counts, key=counts.get), min(counts, key=counts.get))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(next(iter(d)), list(d)[-1])
