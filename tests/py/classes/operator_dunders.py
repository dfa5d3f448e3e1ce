class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__ called with", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)
    def __rtruediv__(self, o):
        return Vec(o / self.x, o / self.y)
    def __rpow__(self, o):
        return Vec(o ** self.x, o ** self.y)
    def __divmod__(self, k):
        return (self // k, self % k)
v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v - w, v * 2, 3 * v, v / 2, v // 2, v % 2, v ** 2)
print(-v, +v, abs(v), ~v, v @ w, v & w, v | w, v ^ w, w << 2, v >> 1)
print(v + 1, 1 + v)
print(10 - v, 12 / v, 2 ** w, divmod(v, 2))
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
try:
    v + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" - v
except TypeError as e:
    print("TypeError:", e)
