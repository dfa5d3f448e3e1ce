from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1))
print(asdict(p), astuple(p), replace(p, y=10))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
vs = sorted([Version(2), Version(1, 5), Version(1, 2)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 9
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Inventory(), Inventory()
a.add("apple")
print(a, b, a.count)
@dataclass
class Derived(Point):
    z: int = 0
    def total(self):
        return self.x + self.y + self.z
d = Derived(1, 2, 3)
print(d, d.total(), isinstance(d, Point))
@dataclass
class WithPost:
    a: int
    b: int
    s: int = field(init=False)
    def __post_init__(self):
        self.s = self.a + self.b
print(WithPost(2, 3))
print([f for f in Point.__dataclass_fields__])
