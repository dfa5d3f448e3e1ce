from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zz"], sorted(c.items()))
c.update("aaz")
print(c.most_common(2), sorted(c.elements())[:6])
c2 = Counter(a=1, b=5)
print(sorted((c - c2).items()), sorted((c2 + Counter(b=1)).items()), sorted((c & c2).items()), sorted((c | c2).items()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("aab").total())
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], sorted(dd))
di = defaultdict(int)
for w in "one two one three one".split():
    di[w] += 1
print(sorted(di.items()), di.default_factory.__name__)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(list(od.keys()))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, tuple(p))
x, y = p
print(x + y, p == (3, 4), Point._make([5, 6]))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.keys()))
cm2 = cm.new_child({"b": 100})
print(cm2["b"], cm2.parents["b"])
