class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.subclasses.append(cls.__name__)
        print("registered", cls.__name__, "tag", cls.tag)
class A(Base):
    pass
class B(Base, tag="bee"):
    pass
class C(B):
    pass
print(Base.subclasses, A.tag, B.tag, C.tag)
print(hasattr(Base, "tag"))
class Validated:
    required = ()
    def __init_subclass__(cls):
        for name in cls.required:
            if not hasattr(cls, name):
                raise TypeError(f"{cls.__name__} missing {name}")
class Good(Validated):
    required = ("run",)
    def run(self):
        return "running"
print(Good().run())
try:
    class BadOne(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
