# pprint: recursive structures, saferepr, isreadable, isrecursive.
import pprint
import re


def clean(s):
    return re.sub(r'id=\d+', 'id=N', s)


a = [1, 2]
a.append(a)
d = {'self': None, 'list': a}
d['self'] = d
t = (a, d)
print(clean(pprint.pformat(a)), clean(pprint.saferepr(a)))
print(clean(pprint.pformat(d)))
print(clean(pprint.pformat(t, width=20)))
print(clean(pprint.pformat([a, a], width=15)))
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([1, [2]]), pprint.isrecursive(t))
print(pprint.isreadable(a), pprint.isreadable([1, 'x', (2.5, None)]), pprint.isreadable({'a': object()}))
print(pprint.isreadable(object), pprint.isreadable(pprint), pprint.isreadable(3), pprint.isreadable({1: [2, (3,)]}))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr('x' * 5), pprint.saferepr([]))
shared = [1, 2]
print(pprint.pformat([shared, shared, {'k': shared}]))
pp = pprint.PrettyPrinter(depth=2)
print(pp.pformat([1, [2, [3]]]), pp.isreadable([1, [2, [3]]]), pp.isrecursive(a), pp.isreadable([1]))
print(pp.format([1, [2, [3]]], {}, 2, 0))
deep = []
cur = deep
for i in range(10):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(pprint.pformat(deep, width=20))
print(pprint.pformat(deep, depth=4))
print(pprint.saferepr(deep))


class Custom:
    def __repr__(self):
        return 'Custom()'


print(pprint.isreadable(Custom()), pprint.isreadable([Custom()]), pprint.saferepr([Custom(), {1: Custom()}]))
