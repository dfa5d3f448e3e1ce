class Base:
    def __init__(self, **kw):
        self.base_kw = kw
        print("Base init", sorted(kw))
    def greet(self):
        return "Base"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @property
    def prop(self):
        return "base-prop"
class Mid(Base):
    def __init__(self, mid=None, **kw):
        print("Mid init", mid)
        super().__init__(**kw)
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid " + super().create()
    @property
    def prop(self):
        return "mid+" + super().prop
class Leaf(Mid):
    def __init__(self):
        super().__init__(mid="m", extra=1)
    def greet(self):
        return "Leaf>" + super().greet()
l = Leaf()
print(l.greet(), Leaf.create(), l.prop, l.base_kw)
print(super(Mid, l).greet(), super(Leaf, l).greet())
class Sized(list):
    def __len__(self):
        return super().__len__() * 100
print(len(Sized([1, 2])))
class Str(str):
    def __add__(self, o):
        return Str(super().__add__(o).upper())
print(Str("a") + "b", type(Str("a") + "b").__name__)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        inner = lambda: super(B, self).f()
        return "B.f/" + inner()
print(B().f())
class WithNew:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
print(WithNew(1, 2).args)
