class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zzz", "default"), getattr(Obj, "cls_attr"))
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
setattr(o, "b", 2)
setattr(o, "with space", "odd but allowed")
print(o.b, getattr(o, "with space"), hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(5, "real"), getattr(5, "real"), getattr("s", "upper")())
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(callable(o), callable(Obj), callable(o.__init__), callable(getattr))
print(sorted(vars(o)), "a" in dir(o), "cls_attr" in dir(o))
setattr(Obj, "new_cls", 99)
print(o.new_cls)
print(getattr(o, "a", None), getattr(None, "x", "none has no x"))
names = ["upper", "lower", "title"]
print([getattr("MiXeD", n)() for n in names])
