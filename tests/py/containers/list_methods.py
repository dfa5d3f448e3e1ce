a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, 0); a.insert(100, "end"); a.insert(-1, "pre"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5, 2), a.count(1), a.count(99))
b = [5, 2, 8, 1]
b.reverse(); print(b)
b.sort(); print(b)
b.sort(reverse=True); print(b)
c = b.copy(); c.append(0); print(b, c)
c.clear(); print(c, len(c))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2], [1, 2] * 0)
m = [[]] * 3
m[0].append(1)
print(m)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"x": 1}))
print(len([1, [2, 3]]), [1, 2, 3][-1], [1, 2, 3][::-1])
x = [1, 2, 3]
x[1] = "two"; print(x)
x[-1] += 10; print(x)
print(x.__len__(), x.__getitem__(0), x.__contains__("two"))
