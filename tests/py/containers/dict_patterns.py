text = "apple banana apple cherry banana apple date"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(w[0], []).append(w)
print(groups)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inv)
merged = {"a": 1, "b": 2}
merged.update({"b": 20, "c": 30})
print(merged, {**merged, "a": 0})
nested = {}
for path, val in [("x.y", 1), ("x.z", 2), ("w.y", 3)]:
    outer, inner = path.split(".")
    nested.setdefault(outer, {})[inner] = val
print(nested)
print({k: v for k, v in counts.items() if v > 1})
print(sorted(counts, key=lambda k: (-counts[k], k)))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), max(matrix, key=matrix.get))
d = dict(a=1)
print(d.get("a", "x"), d.get("b", "x"), d.pop("a"), d)
keys = ["a", "b", "c"]
vals = [1, 2]
print(dict(zip(keys, vals)), list(zip(keys, vals + [None])))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(80), len(cache))
