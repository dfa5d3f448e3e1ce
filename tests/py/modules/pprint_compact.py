# pprint: compact packing at the line edge, the allowance of closing brackets.
import pprint

for width in range(8, 30, 3):
    print('--- width', width)
    print(pprint.pformat([list(range(6)), list(range(10)), (1, 2, 3)], width=width, compact=True))
    print(pprint.pformat({'k': [1000, 2000, 3000, 4000, 5000]}, width=width, compact=True))
print(pprint.pformat([['aaa'] * 5, ['bbbb'] * 4], width=21, compact=True))
print(pprint.pformat([[1, 2, 3]] * 3, width=11))
print(pprint.pformat([[1, 2, 3]] * 3, width=12))
print(pprint.pformat((('abcdefghij',),), width=14))
print(pprint.pformat((('abcdefghij',),), width=15))
print(pprint.pformat({'a': {'b': 'c' * 10}}, width=20))
print(pprint.pformat({'a': {'b': 'c' * 10}}, width=21))
print(pprint.pformat([1] * 30, width=20, compact=True, indent=4))
print(pprint.pformat(['spam eggs ' * 3, 'ham'], width=25, compact=True))
print(pprint.pformat(list(range(40)), compact=True, width=1))
