class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta):
    x = 1
    def method(self):
        return "m"
class B(A):
    y = 2
print(A.created_by, B.created_by, type(A).__name__, type(B).__name__)
b = B()
print(b.method(), isinstance(B, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
c1 = Config()
c2 = Config()
print(c1 is c2)
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)
class Plugin(metaclass=Registry):
    pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.registry)
class Upper(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, new_ns)
class U(metaclass=Upper):
    value = 10
    def get(self):
        return "got"
print(U.VALUE, U().GET(), hasattr(U, "value"))
class WithRepr(type):
    def __repr__(cls):
        return f"<class-{cls.__name__}>"
class R(metaclass=WithRepr):
    pass
print(R, repr(R), [R])
