# OOP: a small class hierarchy, virtual method calls, super(), properties,
# attribute reads and writes on instances.

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def scale(self, k):
        pass

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        self.w = self.w * k % 1000 + 1
        self.h = self.h * k % 1000 + 1


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    @property
    def side(self):
        return self.w


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r

    def scale(self, k):
        self.r = self.r * k % 997 + 1


class Triangle(Shape):
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        Shape.__init__(self, "triangle")
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        return (self.a * self.b) // 2

    def perimeter(self):
        return self.a + self.b + self.c


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))


def build(n):
    shapes = []
    for i in range(n):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i % 17 + 1, i % 13 + 2))
        elif k == 1:
            shapes.append(Square(i % 11 + 1))
        elif k == 2:
            shapes.append(Circle(i % 7 + 1))
        else:
            shapes.append(Triangle(i % 5 + 3, i % 9 + 4, i % 6 + 5))
    return shapes


def run(rounds):
    shapes = build(2000)
    total = 0
    names = {}
    for r in range(rounds):
        for s in shapes:
            total += s.area() + s.perimeter()
            s.scale(r % 5 + 1)
        total %= 1000000007
    for s in shapes:
        names[s.describe()] = names.get(s.describe(), 0) + 1
        if isinstance(s, Square):
            total += s.side
    v = Vec(0, 0)
    seen = set()
    for i in range(200000):
        v = (v + Vec(i % 7, i % 3)) * 1
        if i % 1000 == 0:
            seen.add(Vec(v.x % 100, v.y % 100))
        total += v.dot(Vec(1, 2)) % 7
    return total, sorted(names.items()), len(seen), Shape.count


t, names, nseen, count = run(800)
print("checksum", t, names, nseen, count)
