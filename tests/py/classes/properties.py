class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(hasattr(t, "_c"))
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return self.computed
    value = property(_get, doc="computed value")
l = Lazy()
print(l.value, l.value, Lazy.value.__doc__, type(Lazy.value).__name__)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, wh):
        self.w, self.h = wh
r = Rect(2, 3)
print(r.area, r.size)
r.size = (5, 6)
print(r.area, r.w)
class Sub(Rect):
    @property
    def area(self):
        return "sub:" + str(super().area)
print(Sub(1, 2).area)
