a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = []
x.append(1)
print(y, z, x is z)
lst = [10, 20, 30]
i = 0
i, lst[i] = 2, 99
print(i, lst)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d["a"] = d["b"] = 0
print(d)
(p, q), r = "pq", "r"
print(p, q, r)
first, second = second, first = 1, 2
print(first, second)
n = [1, 2, 3]
n[0], n[1:] = "x", ["y"]
print(n)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
m, = [5]
print(m)
[k] = "k"
print(k)
