# pprint: dict sorting (sort_dicts, unorderable keys), pp, underscore_numbers, nested dict layouts.
import pprint

d = {'zeta': 1, 'alpha': [1, 2, 3], 'mid': {'y': 2, 'x': 1}, 'beta': 'b' * 30}
pprint.pprint(d)
pprint.pprint(d, width=30)
pprint.pprint(d, width=30, sort_dicts=False)
pprint.pp(d, width=30)
pprint.pp(d, width=30, sort_dicts=True)
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}), pprint.pformat({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False))
mixed = {1: 'int', 'a': 'str', 2.5: 'float', None: 'none', (1, 2): 'tuple'}
print(sorted(pprint.pformat(mixed)[1:-1].split(', ')))
print(pprint.pformat({'b': 1, 'a': 2, 3: 'x'}).count(':'))
big = {'n': 12345678901234567890, 'neg': -1234567, 'small': 999, 'list': [10**6, 10**7], 'f': 1234567.5, 'b': True}
pprint.pprint(big, underscore_numbers=True)
pprint.pprint(big, underscore_numbers=True, width=20)
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat(-10**5, underscore_numbers=True))
nested = {'level1': {'level2': {'level3': {'level4': list(range(15))}}}}
pprint.pprint(nested, width=40)
pprint.pprint(nested, width=40, indent=3)
pprint.pprint(nested, depth=2)
pprint.pprint([{'id': i, 'value': 'v' * i} for i in range(6)], width=45)


class Key:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __hash__(self):
        return self.n

    def __repr__(self):
        return 'Key(%d)' % self.n


pprint.pprint({Key(3): 'c', Key(1): 'a', Key(2): 'b'})
pprint.pprint({Key(i): 'x' * 20 for i in (5, 3, 4)}, width=20)
