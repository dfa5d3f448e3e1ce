# json.dumps through the native encoder (and the Python one where CPython
# uses it: indent, iterencode, dump): every option set over the same values.
import collections
import enum
import io
import json
import math


class Color(enum.IntEnum):
    RED = 1
    BLUE = 20


class Half(float, enum.Enum):
    H = 0.5


class S(str):
    def __str__(self):
        return 'never used'


class I(int):
    def __repr__(self):
        return 'never used'


class F(float):
    def __repr__(self):
        return 'never used'


class L(list):
    def __iter__(self):
        return iter(['never used'])


class T(tuple):
    pass


class ItemsDict(dict):
    def items(self):
        return [('z', 26), ('a', 1)]


Point = collections.namedtuple('Point', 'x y')

values = [
    None, True, False, 0, 1, -1, 7, 2**63 - 1, 2**63, -2**63 - 1, 10**40, -(10**40),
    0.0, -0.0, 1.0, 0.1, 1.5, 1e16, 1e15, 1e-7, 1e-5, 123456789.123, 1e300, 5e-324,
    2.0**53, 1/3, -1e22, 1e22,
    '', 'abc', 'é', 'naïve café', '\u2603 snow', '\U0001d11e clef', '\U0001f600',
    '\x00\x01\x1f\x7f', '"quoted" \\ back/slash', '\b\f\n\r\t', 'tab\there', '\u0080\u00ff\u0100\uffff',
    [], {}, (), [[]], [{}], {'a': []}, {'': ''}, [1, [2, [3, [4, []]]]],
    (1, 'two', 3.0), [None, True, False], {'k': {'k': {'k': {}}}},
    {'b': 2, 'a': 1, 'c': [3, {'z': 0, 'y': -1}]},
    {1: 'int', 2.5: 'float', True: 'bool', None: 'none', -3: 'neg', 10**30: 'big'},
    {False: 0, 0.1: 1, 1e16: 2, -0.0: 3},
    Color.RED, [Color.BLUE], {Color.RED: Color.BLUE}, Half.H, {'h': Half.H},
    S('sub'), {S('key'): S('val')}, I(42), {I(5): I(6)}, F(2.5), {F(0.25): F(-1.0)},
    L([1, 2]), T((3, 4)), Point(5, 6), [Point(1, 2), T(())],
    collections.OrderedDict([('z', 1), ('a', 2)]), collections.defaultdict(int, {'x': 1}),
    collections.Counter('abca'), ItemsDict(q=1),
    {'é': 'ü', '\U0001d11e': ['\U0001d11e']}, ['x' * 50, 'y' * 3],
]

options = [
    {}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'separators': (' , ', ' : ')},
    {'sort_keys': True}, {'sort_keys': True, 'ensure_ascii': False}, {'indent': 2},
    {'indent': 0}, {'indent': '\t', 'sort_keys': True}, {'indent': 3, 'separators': (',', ': ')},
    {'check_circular': False}, {'allow_nan': False}, {'skipkeys': True},
]

for opts in options:
    print('##', sorted(opts.items()))
    for v in values:
        try:
            text = json.dumps(v, **opts)
        except (TypeError, ValueError) as e:
            text = '%s: %s' % (type(e).__name__, e)
        print(text)

# Special floats with and without allow_nan, C path and Python path.
for v in [math.nan, math.inf, -math.inf, [math.inf], {'x': -math.inf}, {math.nan: 1}, {math.inf: 2}]:
    for opts in [{}, {'allow_nan': False}, {'indent': 1}, {'indent': 1, 'allow_nan': False}]:
        try:
            print(json.dumps(v, **opts))
        except ValueError as e:
            print('ValueError:', e)

# default, circular references, key errors.
class Thing:
    def __init__(self, n):
        self.n = n


def default(o):
    if isinstance(o, Thing):
        return {'thing': o.n}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('no: %s' % type(o).__name__)


print(json.dumps([Thing(1), {3, 1, 2}, {'t': Thing(2)}], default=default))
print(json.dumps([Thing(1)], default=default, indent=1))
for bad in [object(), {1, 2}, b'bytes', 1j, [Thing(0)], {'k': bytearray(b'x')}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
for bad in [{(1, 2): 3}, {b'k': 1}, {frozenset(): 1}]:
    for opts in [{}, {'skipkeys': True}, {'indent': 2}, {'indent': 2, 'skipkeys': True}]:
        try:
            print(json.dumps(bad, **opts))
        except TypeError as e:
            print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'a': 1, b'b': 2, 'c': 3}, skipkeys=True))
try:
    print(json.dumps({(1, 2): 3, 'a': 1, b'b': 2, 'c': 3}, skipkeys=True, sort_keys=True))
except TypeError as e:
    print('TypeError:', e)

loop = []
loop.append(loop)
d = {}
d['self'] = d
for circ in [loop, d, [1, [2, loop]]]:
    for opts in [{}, {'indent': 1}]:
        try:
            json.dumps(circ, **opts)
        except ValueError as e:
            print('ValueError:', e)


class Selfish:
    pass


s = Selfish()
try:
    json.dumps(s, default=lambda o: [o])
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps([loop], check_circular=False)
except RecursionError as e:
    print('RecursionError')
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))

# sort_keys with keys that do not compare.
for dct in [{'b': 1, 'a': 2}, {2: 'x', 1: 'y'}, {1: 'x', 'a': 'y'}, {None: 1, 'a': 2}, {2.5: 1, 1: 2, True: 3}]:
    for opts in [{'sort_keys': True}, {'sort_keys': True, 'indent': 1}]:
        try:
            print(json.dumps(dct, **opts))
        except TypeError as e:
            print('TypeError:', e)

# Big ints within and beyond int_max_str_digits.
print(len(json.dumps(10**4000)))
try:
    json.dumps([10**5000])
except ValueError as e:
    print('ValueError:', e)

# JSONEncoder subclasses and encode/iterencode/dump.
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(Enc().encode({'z': 1 + 2j}), Enc(indent=1).encode([3j]))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.JSONEncoder(sort_keys=True, separators=(';', '=')).encode({'b': [1, 2], 'a': None}))
buf = io.StringIO()
json.dump({'b': [1, 'é'], 'a': {'c': 1.5}}, buf, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO()
json.dump(['\U0001d11e'], buf, ensure_ascii=False)
print(ascii(buf.getvalue()))
print(json.dumps('plain string'), json.dumps('é', ensure_ascii=False), json.dumps(S('sub')))
print(ascii(json.dumps('\U0001d11e\u00e9', ensure_ascii=False)))
print(json.encoder.encode_basestring('a"\x01é'), json.encoder.encode_basestring_ascii('a"\x01é\U0001d11e'))
print(json.encoder.py_encode_basestring('a"\x01é'), json.encoder.py_encode_basestring_ascii('a"\x01é\U0001d11e'))

# iterencode's chunks (the Python encoder's, as CPython's).
doc = {'a': [1, [2, {'b': None}], {}, [], 'x'], 'c': {'d': [True, 1.5]}, 'e': 'f'}
for opts in [{}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}, {'indent': '\t', 'ensure_ascii': False}]:
    print(list(json.JSONEncoder(**opts).iterencode(doc)))
print(list(json.JSONEncoder(default=default).iterencode([Thing(4), {'k': Thing(5)}, 7])))
print(list(json.JSONEncoder(indent=1, default=default).iterencode([[], [Thing(6)], {'z': [1]}])))
print(list(json.JSONEncoder().iterencode('top')), list(json.JSONEncoder().iterencode(12)))
