# JSONDecodeError messages and positions of the native scanner, through
# json.loads and directly (scan_once, scanstring), and argument errors.
import json
import json.decoder
import json.scanner
import sys

docs = [
    '', ' ', '\n\n', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1,,2]',
    '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}", '{"a":1 "b":2}',
    '{"a"::1}', '{,}', '{"a":1}}', '[1]]', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\\u12zz1"',
    '"\\u00e9', '"\\u00e9x', '"\\ud834\\udd1e', '"\\ud834\\uxx41"', '"\\ud834\\ud', '"\\ud834\\"',
    '"a\x01"', '"\x1f"', '"tab\tin"', '"new\nline"', '"\\', '"\\"', '"a\\', 'nul', 'tru', 'fals',
    'nulll', 'True', 'None', 'nan', 'inf', '-', '-a', '--1', '+1', '01', '00', '1.', '.5', '1.e5',
    '1e', '1e+', '1E-', '1.5e', '1.5e+x', '-Infinityx', 'Infinit', '-Inf', 'NaNa', '1 2', 'true false',
    '[1] x', '{} {}', '"a" "b"', '\ufeff[1]', 'é', '[é]', '["é", é]', '{"é": é}', '["é\\q"]',
    '\n\n  [1,\n 2,\n  x]', '{\n  "a": 1,\n  "b": [\n    1\n    2\n  ]\n}', '["\U0001d11e", x]',
    '[\U0001d11e]', '{"\U0001d11e\U0001d11e": "\U0001d11e\\x"}', '[1, 2, 3' + ' ' * 10,
    '[' * 10 + ']' * 9, '{"a": [1, {"b": [2, {"c": }]}]}',
]
for d in docs:
    try:
        v = json.loads(d)
        print(repr(d), 'OK', repr(v))
    except json.JSONDecodeError as e:
        print(repr(d), '|', e.msg, e.pos, e.lineno, e.colno, '|', e)
print(json.loads('"a\x01"', strict=False))

# scan_once directly: a StopIteration carries the index, even from nesting.
scan = json.scanner.make_scanner(json.JSONDecoder())
for s, i in [('[1,]', 0), ('', 0), ('abc', 0), ('  x', 2), ('[1, [2, ?]]', 0), ('{"a": }', 0),
             ('é[1, é]', 1), ('"x" 1', 0), ('"x" 1', 4), ('"x" 1', 5), ('"x" 1', 99), ('-', 0)]:
    try:
        print(repr(s), i, scan(s, i))
    except StopIteration as e:
        print(repr(s), i, 'StopIteration', e.value)
    except json.JSONDecodeError as e:
        print(repr(s), i, 'JSONDecodeError', e.msg, e.pos)
for bad in [(b'[1]', 0), ('[1]', -1), ('[1]', 'x')]:
    try:
        scan(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(scan(string='[1]', idx=0))

# scanstring directly.
ss = json.decoder.scanstring
for s, end in [('"abc"', 1), ('"a\\nb" tail', 1), ('x"é\\u00e9"', 2), ('"abc', 1), ('"', 0), ('""', 0),
               ('"\\ud834\\udd1e"', 1), ('"a\x01"', 1), ('"a\\q"', 1), ('é"é', 2)]:
    try:
        print(repr(s), ss(s, end))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos)
print(ss('"a\x01"', 1, False))
for bad in [(b'"x"', 1), ('"x"', 5), ('"x"', -1)]:
    try:
        ss(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Errors from hooks propagate unchanged.
def boom(x):
    raise KeyError('hook')


for kw in [{'object_hook': boom}, {'object_pairs_hook': boom}, {'parse_float': boom},
           {'parse_int': boom}, {'parse_constant': boom}]:
    try:
        json.loads('[{"a": 1.5}, 2, NaN]', **kw)
    except KeyError as e:
        print('KeyError', e)

# Deep nesting hits the recursion limit.
sys.setrecursionlimit(200)
for d in ['[' * 5000, '{"a":' * 5000]:
    try:
        json.loads(d)
    except RecursionError as e:
        print('RecursionError', e)
print(len(json.dumps(json.loads('[' * 100 + ']' * 100))))

# Types and argument checks.
for bad in [3, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
