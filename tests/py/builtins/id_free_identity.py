a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c)
def same(x, y):
    return x is y
print(same(None, None), same(True, True), same(a, b), same(a, c))
t1 = ()
t2 = tuple()
print(t1 == t2, len(t1) == len(t2))
s = "abc"
print(s is s, s == "ab" + "c")
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
x = object()
y = object()
print(x is x, x is y, x == y, x != y)
print(type(x) is object, isinstance(x, object))
print(int is type(1), str is type(""), type(None) is type(None))
