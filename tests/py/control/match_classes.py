class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin point"
        case Point(x, 0):
            return f"point on x-axis {x}"
        case Point(x=0, y=y):
            return f"point on y-axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point(), *_] as pts:
            return f"{len(pts)} points"
        case _:
            return "unknown"
shapes = [Point(0, 0), Point(5, 0), Point(0, 7), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 1),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Rect(4, 4), Rect(2, 3), 42, 2.5, "hi",
          [Point(1, 1), Point(2, 2)], None]
for s in shapes:
    print(describe(s))
from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
def step(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case Move(dx, dy):
            return f"diagonal {dx},{dy}"
print([step(Move(*d)) for d in [(0, 0), (2, 0), (0, -1), (1, 1)]])
class Bad:
    __match_args__ = ("a",)
    a = 1
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case bool():
        print("bool")
    case int():
        print("int matched for 5")
match True:
    case int(v):
        print("True matches int() with value", v)
