class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, o):
        print(f"Meters.__add__({o!r})")
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print(f"Meters.__radd__({o!r})")
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        print("Meters.__gt__")
        return self.v > o.v
print(Meters(1) + Meters(2))
print(sum([Meters(1), Meters(2), Meters(3)]))
print(2 * Meters(4), Meters(4) * 2.5)
try:
    Meters(1) + 1
except TypeError as e:
    print("TypeError:", e)
class Feet(Meters):
    def __radd__(self, o):
        print("Feet.__radd__ (subclass goes first)")
        return Feet(o.v + self.v)
print(Meters(1) + Feet(2))
print(Meters(1) < Meters(2), Meters(2) < Meters(1))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled"
print(Left() + Right())
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("Cmp.__lt__")
        return self.v < o
    def __gt__(self, o):
        print("Cmp.__gt__")
        return self.v > o
print(5 < Cmp(10), 5 > Cmp(10))
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
print(Sub(2) + 1)
