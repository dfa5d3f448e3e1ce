import gc, weakref
class A:
    def __del__(self):
        print("del", id(self) > 0)
a = A()
del a
print("after del")
class B: pass
b = B()
r = weakref.ref(b, lambda ref: print("callback"))
del b
print("after b", r())
def f():
    x = A()
f()
print("end")
