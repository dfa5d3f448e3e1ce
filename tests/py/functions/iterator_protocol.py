class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("item", x)
print(list(c))
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable([1, 2, 3])
print(list(r), list(r), sum(r), 2 in r, sorted(r, reverse=True))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(Squares(5)), max(Squares(4)), dict(zip("abc", Squares(3))))
class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), list(iter(OldStyle())))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
x, y = Pair("left", "right")
print(x, y, [*Pair(1, 2)], tuple(Pair(3, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(Countdown(3))))
