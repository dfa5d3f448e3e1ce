class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")
d = Dyn()
print(d.real, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
lg.b = "two"
_ = lg.a + 1
del lg.a
print(lg.log)
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
r = ReadOnly(5)
print(r.v)
for action in (lambda: setattr(r, "v", 6), lambda: delattr(r, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.index(3))
class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("forced")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Fallback().x, Fallback().y)
