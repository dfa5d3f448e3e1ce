from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], list(Color), len(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
for c in Color:
    print(c.name, c.value)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
class Priority(IntEnum):
    LOW = 1
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority.LOW == 1)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))
class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    def describe(self):
        return f"{self.name.lower()}({self.value})"
print(Shape.SQUARE.describe(), Shape("ci"))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, {Color.RED: "r"}[Color.RED])
print(Color.RED.__class__.__name__, type(Color).__name__)
