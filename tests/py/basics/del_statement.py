# del on names, items, slices and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.a
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(f())
lst2 = [1, 2, 3]
del lst2[:]
print(lst2)
