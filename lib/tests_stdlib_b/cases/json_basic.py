import json
import json.decoder
import json.encoder
import enum
import math
import io


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except json.JSONDecodeError as e:
        print('!! JSONDecodeError', e, (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print('!!', type(e).__name__, e)


docs = ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}',
        '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\x01"', '1 2', 'nul', 'tru', '-', '-a', '01', '1.', '1e',
        '1.5e+', '[1 2]', '{"a" 1}', 'NaN', '-Infinity', 'Infinity', '"\\ud834\\udd1e"', '"\\ud834"', '"\\ud834x"',
        '\ufeff1', '[-]', '1.0e5', '-0', '12345678901234567890', '"\\', '["a" , "b"]', '{"a":1 "b":2}', '"\t"',
        'true false', '\n\n  [1,\n 2,\n  x]', '{"a": [1, 2, {"b": null}], "c": true, "d": false}', '-0.0',
        '1E400', '-1e-400', '"\\u00e9\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\ud834\\u0041"', '"\\ud834\\u12"', '[[[]]]',
        '{"": {}}', ' {"a" : 1 , "b" :2 } ', '"\x7f"', '2.5e-3', '0.1', '[1.0, 2.50, 3e2]', '"\\U0041"']
for d in docs:
    print(repr(d), end=' ')
    attempt(lambda: json.loads(d))
attempt(lambda: json.loads('"a\x01"', strict=False))
attempt(lambda: json.loads(b'[1]'))
attempt(lambda: json.loads('[1]'.encode('utf-16')))
attempt(lambda: json.loads('[1]'.encode('utf-32')))
attempt(lambda: json.loads('[1]'.encode('utf-16-le')))
attempt(lambda: json.loads('"x"'.encode('utf-8-sig')))
attempt(lambda: json.loads(bytearray(b'"x"')))
attempt(lambda: json.loads(3))
print(json.loads('{"a":1,"a":2}'), json.loads('{"a":1,"b":2}', object_pairs_hook=list),
      json.loads('1.5', parse_float=str), json.loads('15', parse_int=float), json.loads('NaN', parse_constant=str))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: 1, object_pairs_hook=tuple))
e = json.decoder.JSONDecodeError('m', 'a\nbc', 3)
print(e, json.JSONDecodeError.__mro__[1:], json.JSONDecodeError('m', 'x', 0).__reduce__()[1])
print(json.JSONDecoder().raw_decode('[1] xx'))
attempt(lambda: json.JSONDecoder().raw_decode('  [1]'))
attempt(lambda: json.JSONDecoder().raw_decode('xx [1]', 3))
print(json.load(io.StringIO('{"k": [1]}')))


class IE(enum.IntEnum):
    A = 1


class FE(float, enum.Enum):
    X = 1.5


class MyStr(str):
    pass


class MyFloat(float):
    def __repr__(self):
        return 'nope'


class MyInt(int):
    def __repr__(self):
        return 'nope'


values = [
    None, True, False, 0, -1, 10**30, 1.0, 0.1, 1e100, 1e-7, -0.0, float('nan'), float('inf'), float('-inf'),
    'abc', 'é', '\u2603', '\U0001d11e', '\x00\x1f\x7f', '"\\/\b\f\n\r\t', [], {}, [[]], [{}], {'a': []},
    [1, [2, [3, {'x': (4, 5)}]], 'z'], (1, 2), {'b': 1, 'a': 2, 'c': {'z': 1, 'y': [1, 2]}},
    {1: 'int', 2.5: 'float', True: 'bool', None: 'none'}, {False: 0},
    IE.A, [IE.A], {IE.A: IE.A}, FE.X, MyStr('s'), MyFloat(2.5), MyInt(7), {MyStr('k'): 1},
    {'nested': {'deep': [1, {'deeper': [None, True]}]}, 'empty': {}, 'list': []},
]
options = [
    {}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': '--'}, {'sort_keys': True},
    {'separators': (',', ':')}, {'indent': 2, 'separators': (', ', ': ')}, {'ensure_ascii': False},
    {'indent': 4, 'sort_keys': True, 'ensure_ascii': False},
]
for v in values:
    for opt in options:
        try:
            out = json.dumps(v, **opt)
        except Exception as e:
            out = '!! %s %s' % (type(e).__name__, e)
        print(repr(out))
for opt in [{'allow_nan': False}]:
    for v in [float('nan'), [float('inf')], {'a': float('-inf')}, 1.5]:
        attempt(lambda: json.dumps(v, **opt))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
attempt(lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps({1, 2}, default=sorted))
attempt(lambda: json.dumps([b'x']))
l = []
l.append(l)
attempt(lambda: json.dumps(l))
d = {}
d['x'] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps([[1, 2], [1, 2]]))


class Loop:
    pass


attempt(lambda: json.dumps(Loop(), default=lambda o: o))
attempt(lambda: json.dumps(Loop(), default=lambda o: [o]))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(SetEncoder().encode({'s': {3, 1}}), json.dumps({3}, cls=SetEncoder, indent=1))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})) and ''.join(json.JSONEncoder(indent=1).iterencode({'a': [1, {}]})))
print(json.encoder.encode_basestring('a"\n\u00e9'), json.encoder.encode_basestring_ascii('a"\n\u00e9\U0001f600'))
buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf, indent=2)
print(buf.getvalue())
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator, json.JSONEncoder(indent=2).key_separator)
print(json.dumps('x'), json.dumps('\u00e9', ensure_ascii=False))
for v in values:
    try:
        s = json.dumps(v)
        print(repr(json.loads(s)))
    except Exception as e:
        print('!!', type(e).__name__, e)
