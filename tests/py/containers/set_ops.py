a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection(b)), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({9}), {1} < a, a <= a, a < a)
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
print(sorted(s))
s.discard(100); s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}.pop()
print(p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy(); c.clear()
print(sorted(a), c, set(), len(c))
x = {1, 2, 3}
x &= {2, 3, 4}; print(sorted(x))
x |= {9}; print(sorted(x))
x -= {2}; print(sorted(x))
x ^= {3, 5}; print(sorted(x))
x.intersection_update([9, 5, 1]); print(sorted(x))
x.difference_update([9]); print(sorted(x))
x.symmetric_difference_update({1, 5}); print(sorted(x))
print(set("hello") == set("olleh"), sorted(set("hello")), len(set([1, 1.0, True])))
print({1, 2} == {2, 1}, {1, 2} != {1}, 2 in {1, 2}, [] == set() or "diff")
print(sorted({x % 3 for x in range(10)}), sorted({(1, 2), (1, 2), (2, 1)}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(repr(set()), repr({5}), repr(frozenset()), repr(frozenset({7})))
