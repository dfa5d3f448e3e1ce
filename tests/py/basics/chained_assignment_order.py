# Evaluation order of expressions and assignments
log = []
def v(name, val):
    log.append(name)
    return val
result = v("a", 1) + v("b", 2) * v("c", 3)
print(result, log)
log.clear()
d = {}
d[v("key", "k")] = v("value", 5)
print(d, log)
log.clear()
x = [v("e1", 1), v("e2", 2), v("e3", 3)]
print(log)
log.clear()
print(v("f", max)(v("x", 1), v("y", 2)), log)
log.clear()
dd = {v("k1", 1): v("v1", "a"), v("k2", 2): v("v2", "b")}
print(log)
log.clear()
a = [0, 0]
i = 0
def idx():
    global i
    i += 1
    return i - 1
a[idx()] = idx() + 10
print(a, i)
log.clear()
t = v("L", 1) if v("cond", False) else v("R", 2)
print(t, log)
log.clear()
print(v("cmp1", 1) < v("cmp2", 2) < v("cmp3", 0) < v("cmp4", 5), log)
