class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        print("Base.__init__")
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
Bottom()
print([k.__name__ for k in Bottom.__mro__])
class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2y"
class Mixed(M1, M2):
    pass
print(Mixed.x, Mixed.y)
print(super(B, D()).who(), super(C, D()).who())
