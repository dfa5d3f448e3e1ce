t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3))
print((1,), (), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, 2 in t, 5 not in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9), () < (0,))
a, b, c, d = t
print(a, b, c, d)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
lt = ([1], [2])
lt[0].append(10)
print(lt)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "pair", (1,): "single", (): "empty"}
print(d[(1, 2)], d[1,], d[()])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max((1, "a"), (1, "b")), min([(3,), (1, 2), (1,)]))
print(tuple(x * 2 for x in range(4)), repr((1,)), str(("a", 1)))
print(t.__len__(), (1, 2).__add__((3,)), (5,) * 2 == (5, 5))
