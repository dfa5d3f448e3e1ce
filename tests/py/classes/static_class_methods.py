class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    count = 0
d = Date.from_string("2024-02-29")
md = MyDate.from_string("2000-01-01")
print(d, md, type(md).__name__)
print(Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000), MyDate.is_leap(2023))
print(Date.how_many(), MyDate.how_many(), md.how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(1996))
cm = Date.from_string
print(cm.__self__.__name__)
class Registry:
    _items = []
    @classmethod
    def add(cls, x):
        cls._items.append(x)
        return cls
Registry.add(1).add(2)
print(Registry._items)
