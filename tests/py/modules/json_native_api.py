# The _json module's own API (what lib/json imports from it).
import _json
import json
import json.decoder
import json.encoder
import json.scanner

print(sorted(n for n in dir(_json) if not n.startswith('__')))
print(_json.make_scanner, _json.make_encoder, _json.scanstring, _json.encode_basestring)
print(json.decoder.c_scanstring is _json.scanstring, json.scanner.c_make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring is _json.encode_basestring,
      json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)
print(json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring)

dec = json.JSONDecoder(object_hook=dict, parse_float=float)
sc = _json.make_scanner(dec)
print(type(sc).__name__, sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float, sc.parse_int)
print(sc('{"a": [1, 2.5]}', 0), sc(string='  null', idx=2))
try:
    class Sub(_json.make_scanner):
        pass
except TypeError:
    print('TypeError')
try:
    _json.make_scanner()
except TypeError as e:
    print('TypeError', e)

enc = _json.make_encoder({}, repr, _json.encode_basestring_ascii, None, ': ', ', ', True, False, True)
print(type(enc).__name__, enc.markers, enc.default, enc.encoder, enc.indent, repr(enc.key_separator),
      repr(enc.item_separator), enc.sort_keys, enc.skipkeys)
r = enc({'b': [1, 2.5, float('nan'), 'é'], 'a': None, 'c': object}, 0)
print(type(r).__name__, r)
print(enc(obj=[1, (2, 3)], _current_indent_level=5))
print(_json.make_encoder(None, str, _json.encode_basestring, 4, ':', ',', False, True, False)([{'é': 1, (1,): 2}], 0))
for args in [([], str, str, None, ':', ',', 1, 1, 1), (None, str, str, None, b':', ',', 1, 1, 1),
             (None, str, str, None, ':', 5, 1, 1, 1), (None, str)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print('TypeError', e)
for v in [float('inf'), -float('inf'), float('nan'), {float('nan'): 1}]:
    try:
        print(_json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', 0, 0, 0)(v, 0))
    except ValueError as e:
        print('ValueError', e)

# A Python callable as the string encoder is called for every string, keys
# included (number keys as their text); it must return a str.
calls = []


def my_encoder(s):
    calls.append(s)
    return '<%s>' % s


print(_json.make_encoder(None, str, my_encoder, None, '=', ';', False, False, True)({'k': ['v', 1], 2: 'x', 1.5: None}, 0))
print(calls)
try:
    _json.make_encoder(None, str, lambda s: 5, None, ':', ',', 0, 0, 0)(['x'], 0)
except TypeError as e:
    print('TypeError', e)

# encode_basestring(_ascii).
for s in ['', 'plain', 'q"b\\', '\x00\x08\x0c\x0a\x0d\x09\x1f\x20\x7f', 'é\u0100\u2603\uffff', '\U00010000\U0010ffff\U0001d11e']:
    print(ascii(_json.encode_basestring(s)), _json.encode_basestring_ascii(s))
for bad in [b'x', 1, None]:
    for f in [_json.encode_basestring, _json.encode_basestring_ascii]:
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)

# A dict subclass is read through items(); their shape is checked.
class Weird(dict):
    def items(self):
        return [('a', 1), ['b', 2]]


class Sorted(dict):
    def items(self):
        return iter([('b', 1), ('a', 2)])


for d in [Weird(x=1), Sorted(x=1)]:
    for sk in [False, True]:
        try:
            print(_json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', sk, False, True)(d, 0))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
