class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"V{self.s}"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self):
        return self.r
print(sorted([Card("K"), Card("2"), Card("A")]))
class Full:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
print(Full(1) < Full(2), Full(1) <= Full(1), Full(3) > Full(2), Full(2) >= Full(3))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

h = sorted([Version(s) for s in ["3.0", "1.5", "2.2"]])
print(h, h[0] < h[1] < h[2])
