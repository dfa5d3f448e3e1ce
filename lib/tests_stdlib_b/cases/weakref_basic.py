import weakref
import gc
import sys


class Obj:
    def __init__(self, n):
        self.n = n

    def meth(self):
        return self.n

    def __repr__(self):
        return 'Obj(%d)' % self.n


def collect():
    gc.collect()


a = Obj(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
p = weakref.proxy(a)
print(p.n, isinstance(p, weakref.ProxyTypes))
del a
collect()
print(r(), weakref.ref is weakref.ReferenceType)

# WeakMethod
o = Obj(2)
calls = []
wm = weakref.WeakMethod(o.meth, lambda w: calls.append('dead'))
print(wm()(), wm() == o.meth, isinstance(wm, weakref.ref), wm == weakref.WeakMethod(o.meth))
del o
collect()
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), d[3], 3 in d, 9 in d, d.get(9, 'no'))
del o
del objs[1:3]
collect()
print(len(d), sorted(d.keys()), sorted(d.values(), key=lambda x: x.n), sorted(k for k, v in d.items()))
try:
    d[1]
except KeyError as e:
    print('KeyError', e)
print(d.pop(0), d.pop(1, 'dflt'), len(d), d.setdefault(7, objs[-1]), len(d))
c = d.copy()
print(type(c).__name__, sorted(c.keys()), len(d.valuerefs()))
d2 = weakref.WeakValueDictionary({'a': objs[0]}, b=objs[-1])
print(sorted(d2.keys()), sorted((d2 | {'c': objs[0]}).keys()))
print(repr(d).startswith('<WeakValueDictionary at 0x'))

# WeakKeyDictionary
k = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for i, key in enumerate(keys):
    k[key] = i * 10
print(len(k), k[keys[2]], keys[1] in k, Obj(9) in k, 5 in k, k.get(keys[0]), k.get(Obj(5), 'x'))
del keys[0]
del key
collect()
print(len(k), sorted(k.values()), sorted(x.n for x in k.keys()), len(k.keyrefs()))
del k[keys[0]]
print(len(k), k.pop(keys[1]), len(k), k.setdefault(keys[2], 99), sorted(v for _, v in k.items()))

# WeakSet
s = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for it in items:
    s.add(it)
print(len(s), items[0] in s, Obj(0) in s, 3 in s)
del items[:2]
del it
collect()
print(len(s), sorted(x.n for x in s))
s.discard(items[0])
print(len(s), s == weakref.WeakSet(items[1:]), s <= weakref.WeakSet(items), len(s | weakref.WeakSet(items)))
s2 = weakref.WeakSet(items)
print(len(s2 - s), len(s2 & s), len(s2 ^ s), s2.issuperset(s), s.isdisjoint(s2))
print(s.pop() is items[1], len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)

# finalize
out = []
x = Obj(5)
f = weakref.finalize(x, out.append, 'finalized')
print(f.alive, f.atexit, f.peek()[1:] == (out.append, ('finalized',), {}), repr(f).split(';')[1].split(' at ')[0])
del x
collect()
print(out, f.alive, f(), repr(f).endswith('dead>'))
y = Obj(6)
g = weakref.finalize(y, out.append, 'never')
print(g.detach()[0] is y, g.alive, g.detach())
z = Obj(7)
h = weakref.finalize(z, lambda *a, **k: (a, k), 1, key=2)
print(h(), h(), h.alive)
w = Obj(8)
atexit_one = weakref.finalize(w, print, 'at exit runs')
