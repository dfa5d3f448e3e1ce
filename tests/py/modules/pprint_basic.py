# pprint: nested containers at several widths, indents and depths.
import pprint

data = {
    'name': 'pygil', 'version': (3, 11, 7), 'tags': ['interpreter', 'gil', 'rust', 'threads'],
    'nested': {'a': [1, 2, {'b': (3, 4, [5, 6, 7, {'c': 'deep'}])}], 'empty': {}, 'elist': [], 'etuple': ()},
    'numbers': list(range(30)), 'single': (1,), 'set': {3, 1, 2}, 'fs': frozenset({'x', 'y'}),
    'none': None, 'bools': [True, False], 'floats': [0.1, 1e100, -2.5, float('inf')], 'bytes': b'\x00\xffabc',
}
for width in [80, 60, 40, 20, 5, 1]:
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- indent 4')
pprint.pprint(data, indent=4, width=50)
print('--- indent 0')
pprint.pprint([[1, 2], [3, [4, 5]]], indent=0, width=10)
for depth in [1, 2, 3]:
    print('--- depth', depth)
    pprint.pprint(data['nested'], depth=depth)
    print(pprint.pformat([1, [2, [3, [4]]], (5, (6,)), {'k': {'k2': {}}}], depth=depth))
print(pprint.pformat(list(range(100)), width=60))
print(pprint.pformat(list(range(100)), width=60, compact=True))
print(pprint.pformat([list(range(12))] * 4, width=40, compact=True))
print(pprint.pformat(tuple(range(25)), width=30, compact=True, indent=3))
print(pprint.pformat({'key%d' % i: list(range(i)) for i in range(8)}, width=30))
print(pprint.pformat({'key%d' % i: list(range(i)) for i in range(8)}, width=30, compact=True))
print(pprint.pformat([(1, 2)] * 10, width=25))
print(pprint.pformat((('one',),), width=5), pprint.pformat([[]], width=1), pprint.pformat(((),)))
print(pprint.pformat(set(range(30)), width=30), pprint.pformat(frozenset(range(20)), width=30))
print(pprint.pformat([set(), frozenset(), {}, [], (), '', b'']))
