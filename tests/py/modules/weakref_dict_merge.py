import weakref
class O: pass
a, b, c = O(), O(), O()
d1 = weakref.WeakValueDictionary({1: a}); d2 = {2: b}
print(sorted((d1 | d2).keys()), sorted((d2 | d1).keys()), type(d2 | d1).__name__)
d1 |= {3: c}; print(sorted(d1.keys()))
k1 = weakref.WeakKeyDictionary({a: 1}); k2 = weakref.WeakKeyDictionary({b: 2})
print(len(k1 | k2), len({c: 3} | k1), type({c: 3} | k1).__name__)
k1 |= {c: 5}; print(len(k1), k1[c])
