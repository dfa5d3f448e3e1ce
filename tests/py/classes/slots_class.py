class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class P3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = P3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "ok"
print(l.anything, hasattr(l, "__dict__"))
class Partial:
    __slots__ = ("a", "b")
pp = Partial()
pp.a = 1
try:
    print(pp.b)
except AttributeError as e:
    print("AttributeError:", e)
del pp.a
print(hasattr(pp, "a"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, w.__dict__)
