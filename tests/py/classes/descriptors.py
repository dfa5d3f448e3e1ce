class Typed:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.kind.__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
h2.attr = 5
class Counted:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n
class UsesCounted:
    c = Counted()
u = UsesCounted()
print(u.c, u.c, UsesCounted.c)
class Deleter:
    def __get__(self, obj, t=None):
        return "get"
    def __delete__(self, obj):
        print("Deleter.__delete__ called")
class HD:
    d = Deleter()
del HD().d
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, suffix):
        return f"{self.v}{suffix}"
print(UsesMethod(7).show("!"))
