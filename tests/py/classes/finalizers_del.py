import weakref
log = []
class R:
    count = 0
    def __init__(self, name): self.name = name
    def __del__(self):
        log.append("del " + self.name)
        print("del", self.name)
class Bad:
    def __del__(self):
        raise ValueError("boom in del")
class Res:
    keep = []
    def __del__(self):
        print("resurrect")
        Res.keep.append(self)
def scope():
    r = R("local")
    print("in scope")
scope()
print("after scope")
x = R("x")
x = R("x2")
print("rebound")
lst = [R("l1")]
lst.clear()
print("cleared")
d = {"k": R("dv")}
del d["k"]
print("deleted key")
b = Bad()
del b
print("after bad")
r = Res()
del r
print("kept", len(Res.keep))
Res.keep.clear()
print("cleared keep")
class T: pass
t = T()
w = weakref.ref(t, lambda ref: print("cb", ref() is None))
ws = weakref.WeakValueDictionary()
t2 = T(); ws["a"] = t2
del t
print("after t")
del t2
print(len(ws), list(ws.keys()))
g = R("global")
print("end")
