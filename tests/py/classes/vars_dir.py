class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
        self.color = "red"
    def area(self):
        return 0
    def describe(self):
        return self.name
    @property
    def kind(self):
        return "shape"
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(vars(sq))
print([n for n in dir(Shape) if not n.startswith("__")])
print([n for n in dir(sq) if not n.startswith("__")])
print([n for n in dir(Square) if not n.startswith("_")])
print(sorted(k for k in vars(Square) if not k.startswith("__")))
sq.extra = 1
print(vars(sq), "extra" in dir(sq))
print(sorted(k for k in Shape.__dict__ if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
import sys
class M:
    a = 1
print([n for n in dir(M) if not n.startswith("_")])
def f():
    x = 1
    y = 2
    return sorted(vars().keys()) if False else sorted(locals())
print(f())
