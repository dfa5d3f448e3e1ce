class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("__isub__")
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imatmul__(self, o):
        self.v = [self.v, o]
        return self
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a)
a *= 3
a |= 16
a **= 2
a //= 7
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("fallback to __add__")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "used __add__"
n = NotImpl()
n += 1
print(n)
a @= "x"
print(a)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
