# Unpacking assignments including star targets
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
p, *q = [9]
print(p, q)
(i, j), k = (1, 2), 3
print(i, j, k)
[m, n] = "xy"
print(m, n)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for h, *tl in [(1, 2, 3), (4,), (5, 6)]:
    print(h, tl)
print(*[1, 2], *(3, 4), *"ab")
print([*range(3), *{5: 0}])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*"abc",))
s = {*[1, 2], *[2, 3]}
print(sorted(s))
a = b = c = [0]
print(a is b is c)
x = y = 5
x += 1
print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
