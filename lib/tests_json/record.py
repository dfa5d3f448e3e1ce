"""Record json cases with CPython's results (run with python3 3.11):

    python3 lib/tests_json/record.py /tmp/json_cases.txt [SEED]

Random JSON-able values (nested lists, tuples and dicts; str, int, float,
bool and None keys; strings over ASCII, controls, quotes, Latin-1, the BMP
and astral planes; big ints; floats from random bits, powers of ten and
specials) encoded under a dozen option sets, through dumps (the native
encoder) and iterencode (the Python one); their texts, re-spaced and
mutated into invalid documents, decoded with and without hooks. One line
per case: repr((kind, payload, options, result)). replay.py runs them
under pygil and compares.
"""

import json
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import run  # noqa: E402

N_VALUES = 2500

ASCII = [chr(c) for c in range(0x20, 0x7f)]
SPECIAL = ['"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\x00', '\x01', '\x1f', '\x7f', ' ']
LATIN = [chr(c) for c in range(0x80, 0x100)]


def rand_char(rng):
    r = rng.random()
    if r < 0.55:
        return rng.choice(ASCII)
    if r < 0.70:
        return rng.choice(SPECIAL)
    if r < 0.80:
        return rng.choice(LATIN)
    if r < 0.92:
        c = rng.randrange(0x100, 0x10000)
        return chr(c) if not 0xd800 <= c < 0xe000 else '\ufffd'
    return chr(rng.randrange(0x10000, 0x110000))


def rand_str(rng):
    n = rng.choice([0, 1, 2, 3, 5, 8, 13, 30])
    return ''.join(rand_char(rng) for _ in range(n))


def rand_int(rng):
    r = rng.random()
    if r < 0.5:
        return rng.randint(-1000, 1000)
    if r < 0.7:
        return rng.choice([0, -1, 2**31, -2**31, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64])
    return rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))


def rand_float(rng):
    r = rng.random()
    if r < 0.3:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if r < 0.5:
        return rng.choice([0.0, -0.0, 1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e-7, 1e-5, 1e-4,
                           5e-324, 1.7976931348623157e308, 2.0**53, float('nan'), float('inf'), float('-inf')])
    if r < 0.8:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 3, 7, 10, 100, 1000])


def rand_key(rng, strict):
    r = rng.random()
    if r < 0.75 or strict:
        return rand_str(rng)
    if r < 0.85:
        return rand_int(rng)
    if r < 0.93:
        return rand_float(rng)
    return rng.choice([True, False, None])


def rand_value(rng, depth, strict_keys=False):
    r = rng.random()
    if depth <= 0 or r < 0.45:
        s = rng.random()
        if s < 0.3:
            return rand_str(rng)
        if s < 0.55:
            return rand_int(rng)
        if s < 0.8:
            return rand_float(rng)
        return rng.choice([None, True, False])
    n = rng.choice([0, 1, 2, 3, 4, 6])
    if r < 0.65:
        return [rand_value(rng, depth - 1, strict_keys) for _ in range(n)]
    if r < 0.72:
        return tuple(rand_value(rng, depth - 1, strict_keys) for _ in range(n))
    return {rand_key(rng, strict_keys): rand_value(rng, depth - 1, strict_keys) for _ in range(n)}


DUMP_OPTIONS = [
    {}, {'ensure_ascii': False}, {'sort_keys': True}, {'separators': (',', ':')},
    {'allow_nan': False}, {'sort_keys': True, 'ensure_ascii': False, 'separators': (', ', ': ')},
    {'check_circular': False}, {'skipkeys': True},
]
ITER_OPTIONS = [
    {}, {'indent': 2}, {'indent': '\t', 'ensure_ascii': False}, {'indent': 0, 'sort_keys': True},
    {'sort_keys': True, 'separators': (',', ':')}, {'allow_nan': False, 'indent': 1},
]
LOAD_OPTIONS = [
    {}, {'strict': False}, {'object_pairs_hook': 'pairs'}, {'object_hook': 'sorted_items'},
    {'parse_float': 'tag_float', 'parse_int': 'tag_int', 'parse_constant': 'tag_const'},
    {'parse_float': 'str', 'parse_int': 'float'},
]
WS = [' ', '\t', '\n', '\r', '  ', '\n  ']


def respace(rng, text):
    """Insert JSON whitespace after some structural characters."""
    out = []
    in_str = esc = False
    for ch in text:
        out.append(ch)
        if in_str:
            if esc:
                esc = False
            elif ch == '\\':
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in '[]{},:' and rng.random() < 0.3:
            out.append(rng.choice(WS))
    return rng.choice(['', ' ', '\n']) + ''.join(out) + rng.choice(['', ' ', '\n\t'])


def mutate(rng, text):
    """An edit that usually makes the document invalid."""
    if not text:
        return rng.choice(['', ' ', 'x', '[', '"'])
    i = rng.randrange(len(text) + 1)
    r = rng.random()
    if r < 0.3:
        return text[:i]
    if r < 0.55:
        return text[:i] + text[i + 1:]
    if r < 0.85:
        return text[:i] + rng.choice('[]{},:"\\ x0-.eE+tfnNI\x01\u00e9\U0001d11e') + text[i:]
    return text[:i] + text[i:] + rng.choice([' x', ',', ']', '}', ' 1', '"'])


def has_surrogate(v):
    """CPython can decode lone surrogate escapes; pygil's str cannot hold them."""
    if isinstance(v, str):
        return any(0xd800 <= ord(c) < 0xe000 for c in v)
    if isinstance(v, (list, tuple)):
        return any(has_surrogate(x) for x in v)
    if isinstance(v, dict):
        return any(has_surrogate(k) or has_surrogate(x) for k, x in v.items())
    return False


def cases(rng):
    out = []
    for n in range(N_VALUES):
        v = rand_value(rng, rng.choice([1, 2, 3, 4]), strict_keys=rng.random() < 0.3)
        for opts in rng.sample(DUMP_OPTIONS, 3):
            out.append(('dumps', v, opts))
        if n % 4 == 0:
            out.append(('iterencode', v, rng.choice(ITER_OPTIONS)))
        if n % 2 == 0:
            try:
                text = json.dumps(v, ensure_ascii=rng.random() < 0.5)
            except (TypeError, ValueError):
                continue
            doc = respace(rng, text)
            out.append(('loads', doc, rng.choice(LOAD_OPTIONS)))
            for _ in range(2):
                out.append(('loads', mutate(rng, doc), {} if rng.random() < 0.7 else rng.choice(LOAD_OPTIONS)))
    # Unserializable keys and values, with and without skipkeys/default.
    for _ in range(100):
        v = rand_value(rng, 2)
        bad = {(1, 2): v, 'k': v} if rng.random() < 0.5 else [v, {1, 2}]
        for opts in [{}, {'skipkeys': True}, {'default': 'default_repr'}, {'indent': 1, 'default': 'default_repr'}]:
            out.append(('dumps', bad, opts))
    return out


def main():
    path = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20251126
    rng = random.Random(seed)
    n = skipped = 0
    with open(path, 'w', encoding='utf-8') as f:
        for kind, payload, opts in cases(rng):
            result = run(kind, payload, opts)
            if kind == 'loads' and '\\ud' in payload.lower():
                try:
                    if has_surrogate(json.loads(payload)):
                        skipped += 1
                        continue
                except ValueError:
                    pass
            f.write(repr((kind, payload, opts, result)) + '\n')
            n += 1
    print('%d cases recorded (%d with lone surrogates skipped)' % (n, skipped))


if __name__ == '__main__':
    main()
