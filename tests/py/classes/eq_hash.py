class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a != b, a == c, a is b, a == (1, 2))
s = {a, b, c}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
d = {a: "first"}
d[b] = "second"
print(d)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), hash(x) == hash(x))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, AlwaysEq() in [1, 2])
class Ne:
    def __eq__(self, o):
        print("Ne.__eq__")
        return False
print(Ne() != Ne())
class Reflect:
    def __eq__(self, o):
        print("Reflect.__eq__ called")
        return "reflected"
print(1 == Reflect(), [1] == Reflect())
class Child(Point):
    def __eq__(self, other):
        print("Child.__eq__ first")
        return super().__eq__(other)
    __hash__ = Point.__hash__
print(Point(0, 0) == Child(0, 0))
