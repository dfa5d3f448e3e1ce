def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dynamic"})
d = Dyn(21)
print(d.double(), d.tag, type(d).__name__, Dyn.__name__, Dyn.__bases__ == (object,))
Base = type("Base", (), {"hello": lambda self: "hello from Base"})
Child = type("Child", (Base,), {})
print(Child().hello(), [c.__name__ for c in Child.__mro__])
print(type(5).__name__, type("s") is str, type(type) is type, type(int).__name__)
print(type(Dyn).__name__, isinstance(Dyn, type), isinstance(d, Dyn))
Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(vars(e))
print(type(None).__name__, type(print).__name__, type(len).__name__, type(Dyn.double).__name__)
def make_class(name, **fields):
    def __repr__(self):
        return name + "(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in fields) + ")"
    ns = dict(fields)
    ns["__repr__"] = __repr__
    return type(name, (), ns)
Cfg = make_class("Cfg", debug=False, level=3)
print(Cfg(), Cfg.level)
print(int.__name__, str.__mro__[-1].__name__, bool.__mro__[1].__name__)
