class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(1)
print(t.created, t.v)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(ReturnsOther()).__name__)
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), PosInt(3) + 1, isinstance(PosInt(1), int), type(PosInt(2) + 2).__name__)
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hello")
print(u, u.shout(), len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)
class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml), type(ml).__name__, ml + [0], isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md["A"], md.get("A"), md)
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
