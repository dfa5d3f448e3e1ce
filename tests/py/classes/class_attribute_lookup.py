class A:
    x = "A.x"
    def show(self):
        return self.x
class B(A):
    pass
class C(B):
    x = "C.x"
a, b, c = A(), B(), C()
print(a.show(), b.show(), c.show())
B.x = "B.x"
print(a.show(), b.show(), c.show())
del B.x
print(b.show())
b.x = "instance b"
print(b.show(), B().show())
A.y = "added later"
print(c.y, hasattr(C, "y"), "y" in C.__dict__, "y" in A.__dict__)
def new_method(self):
    return "patched " + type(self).__name__
A.show = new_method
print(a.show(), b.show(), c.show())
class D:
    items = []
    def add(self, v):
        self.items.append(v)
d1, d2 = D(), D()
d1.add(1); d2.add(2)
print(D.items, d1.items is d2.items)
class E:
    def __init__(self):
        self.items = []
e1, e2 = E(), E()
e1.items.append(1)
print(e1.items, e2.items)
print(type(a).__dict__["x"], [k for k in vars(C) if not k.startswith("__")])
