# json.loads through the native scanner: values, numbers, strings, hooks,
# parse_* functions, key memoisation, raw_decode.
import collections
import json

docs = [
    'null', 'true', 'false', '0', '-0', '1', '-1', '123456789012345678', '1234567890123456789',
    '-9223372036854775808', '9223372036854775808', '123456789012345678901234567890',
    '0.0', '-0.0', '1.5', '1e5', '1E5', '1e+5', '1e-5', '1.25e-3', '-2.5E+10', '1e400', '-1e400', '1e-400',
    '0.1', '3.141592653589793', '1e16', '1e22', '5e-324', '2.2250738585072014e-308',
    '""', '"abc"', '"é"', '"\\u00e9"', '"\\u00E9"', '"\\ud834\\udd1e"', '"\\uD834\\uDD1E"',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"a\\u0000b"', '"\U0001d11e"', '"mixed \\u2603 \u2603 \\n"',
    '[]', '{}', '[[]]', '[{}]', '{"a": []}', '  [ 1 , 2 , 3 ]  ', '\n\t{\r"k"\n:\t"v"\r}\n',
    '[1, 2.5, "three", null, true, false, [], {}]',
    '{"a": 1, "b": {"c": [1, {"d": null}]}, "e": "f"}',
    '{"dup": 1, "x": 0, "dup": 2}', '{"": 0}', '{"é": "ü", "\\u00e9": 1}',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '[' * 50 + ']' * 50, '{"a":' * 30 + '1' + '}' * 30,
]
for d in docs:
    v = json.loads(d)
    print(repr(d)[:70], '->', repr(v)[:120], type(v).__name__)

# Bytes input in the detected encodings.
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads('{"k": ["é", 1]}'.encode(enc)))
print(json.loads(bytearray(b'[1, "x"]')))

# Hooks and parse functions.
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"x": 2}}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hooked', object_pairs_hook=lambda p: 'pairs win'))
print(json.loads('[1.5, 2, 1e3, "1.5"]', parse_float=lambda s: ('float', s)))
print(json.loads('[1.5, 2, -30, 1e3]', parse_int=lambda s: 'int:' + s))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=str))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('[1, 2]', parse_int=float), json.loads('1.0', parse_float=int.__class__ and float))
print(json.loads('{"x": [1, {"y": 2}]}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('"a\x01b"', strict=False), json.loads('["\t\n"]', strict=False))
print(json.JSONDecoder(strict=False).decode('{"k": "line\nbreak"}'))

# Equal keys share one str object (CPython's memo); values do not need to.
rows = json.loads('[{"key": 1, "other": 2}, {"key": 3, "other": 4}, {"key": 5}]')
keys = [list(r)[0] for r in rows]
print(keys[0] is keys[1], keys[1] is keys[2])
pairs = json.loads('[{"key": 1}, {"key": 3}]', object_pairs_hook=lambda p: p)
print(pairs[0][0][0] is pairs[1][0][0])

# raw_decode and scan positions with non-ASCII text before them.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('{"é": "ü"} 1'))
print(dec.raw_decode('xx ["é"] yy', 3))
print(dec.raw_decode('é"\U0001d11e" more', 1))
s = '{"a": "é"} {"b": "\U0001d11e"} [1]'
pos, out = 0, []
while pos < len(s):
    v, pos = dec.raw_decode(s, pos)
    out.append(v)
    while pos < len(s) and s[pos] == ' ':
        pos += 1
print(out)

# Big numbers and the int digit limit.
print(json.loads('1' * 4300) % 997, json.loads('-' + '9' * 100) % 1000)
try:
    json.loads('1' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(json.loads('1' + '0' * 400 + '.5') == 1e400, json.loads('0.' + '0' * 400 + '1'))

# The loaded value survives a round trip.
doc = {'name': 'é\U0001d11e', 'n': [1, -0.0, 1e-7, 1e16, 2**70], 'ok': True, 'none': None, 'nested': [{'a': []}]}
for opts in [{}, {'ensure_ascii': False}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}]:
    text = json.dumps(doc, **opts)
    print(json.loads(text) == doc, text if len(text) < 200 else len(text))
