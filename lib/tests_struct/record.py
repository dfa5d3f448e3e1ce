"""Record struct cases with CPython's results (run with python3 3.11):

    python3 lib/tests_struct/record.py /tmp/struct_cases.txt

One line per case: repr((call, format, args, result)). replay.py runs them
under pygil and compares.
"""

import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import enc, run  # noqa: E402

INT_CODES = 'bBhHiIlLqQnNP'
BOUNDS = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**70, -2**70]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, math.pi, 65504.0, 65519.0, 65519.99, 65520.0, -65520.0,
          2.0**-14, 2.0**-24, 2.0**-25, 1.5 * 2.0**-25, 2.0**-26, 3e-5, 6.1e-5, 1e-8, 1e300, -1e300,
          3.4028234663852886e38, 3.4028235677973366e38, 3.4028235677973362e38, 1e-45, 1.4e-45,
          7e-46, 7.1e-46, 5e-324, 1e-310, float('inf'), float('-inf'), float('nan'), -float('nan'),
          1.0000000596046448, 1.00048828125, 1.000732421875, 2049.0, 2051.0, 4097.0]


def cases(rng):
    out = []
    add = lambda call, fmt, *args: out.append((call, fmt, [enc(a) for a in args]))

    for mode in ['', '@', '=', '<', '>', '!']:
        for c in INT_CODES:
            if mode not in '@' and c in 'nNP':
                add('calcsize', mode + c)
                continue
            fmt = mode + c
            add('calcsize', fmt)
            for v in BOUNDS:
                add('pack', fmt, v)
            size = struct.calcsize(fmt)
            for _ in range(4):
                add('unpack', fmt, bytes(rng.randrange(256) for _ in range(size)))
            add('pack', fmt, 'x')
            add('pack', fmt, 1.0)
            add('pack', fmt, None)
            add('pack', fmt, True)
        for c in 'efd':
            fmt = mode + c
            for v in FLOATS:
                add('pack', fmt, v)
            for _ in range(12):
                add('pack', fmt, struct.unpack('<d', bytes(rng.randrange(256) for _ in range(8)))[0])
            size = struct.calcsize(fmt)
            for _ in range(12):
                add('unpack', fmt, bytes(rng.randrange(256) for _ in range(size)))
            for v in [3, -7, 10**400, 'x', None, b'a']:
                add('pack', fmt, v)
        for c in '?c':
            fmt = mode + c
            for v in ([0, 1, 2, [], [0], '', 'a', None] if c == '?' else [b'a', b'', b'ab', bytearray(b'a'), 'a', 97]):
                add('pack', fmt, v)
            for b in [b'\x00', b'\x01', b'\x02', b'\xff']:
                add('unpack', fmt, b)

    # Half floats: rounding at and around every midpoint of a sample of halves.
    for _ in range(150):
        h = rng.randrange(0x7c00)
        lo = struct.unpack('<e', h.to_bytes(2, 'little'))[0]
        hi = struct.unpack('<e', (h + 1).to_bytes(2, 'little'))[0]
        mid = (lo + hi) / 2
        for v in [mid, math.nextafter(mid, 0), math.nextafter(mid, math.inf), -mid]:
            add('pack', '<e', v)
    for _ in range(150):
        add('unpack', '>e', rng.randrange(65536).to_bytes(2, 'big'))
    for h in [0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfe00, 0x7fff, 0x0001, 0x03ff, 0x0400, 0x8001]:
        add('unpack', '<e', h.to_bytes(2, 'little'))
    # Float rounding to f.
    for _ in range(100):
        f = struct.unpack('<f', rng.randrange(2**32).to_bytes(4, 'little'))[0]
        if math.isfinite(f):
            add('pack', '<f', f + f * 2**-25)
            add('pack', '>f', f * (1 + 2**-24))

    # Strings.
    for fmt in ['s', '0s', '1s', '3s', '5s', '0p', '1p', '3p', '5p', '300p', '2s3p', '@3s', '>4p', '255p', '256p']:
        for v in [b'', b'a', b'abc', b'abcdef', bytearray(b'xy'), b'\xff' * 300, 'abc', 5, None]:
            add('pack', fmt, v)
        size = struct.calcsize(fmt)
        add('unpack', fmt, bytes(range(1, size + 1)) if size < 256 else b'\x07' * size)
        add('unpack', fmt, b'\xff' + b'z' * (size - 1) if size else b'')

    # Mixed formats, native alignment, counts.
    mixed = ['ci', 'cq', '@bhil', '=bhil', '<bhil', 'hq', 'ci0l', 'llh0l', 'xxi', '3xi', 'b3xh', '?ecd', 'c?hHiIlLqQnNPefd',
             '<c?hHiIlLqQefd', '>c?hHiIlLqQefd', '2i3h', '10c', '0i', '', '4x', 'i x', ' ii ', 'i\ti\ni', '2s0i3p',
             '@5s2x3q', 'qcc', 'ilh?', 'NnPc', 'e2ed', '!hiq', '=ei', '3?']
    for fmt in mixed:
        add('calcsize', fmt)
        vals = []
        for c, n in parse_simple(fmt):
            vals.extend(value_for(rng, fmt, c, n))
        add('pack', fmt, *vals)
        add('Struct.pack', fmt, *vals)
        packed = struct.pack(fmt, *vals)
        add('unpack', fmt, packed)
        add('Struct.unpack', fmt, bytearray(packed))
        add('unpack', fmt, packed + b'\x00')
        add('pack', fmt, *vals, 1)
        if vals:
            add('pack', fmt, *vals[:-1])
        size = len(packed)
        add('pack_into', fmt, bytearray(size + 4), 2, *vals)
        add('pack_into', fmt, bytearray(size + 4), -size - 1, *vals)
        add('pack_into', fmt, bytearray(size), 1, *vals)
        add('unpack_from', fmt, b'\xaa' * 3 + packed, 3)
        add('unpack_from', fmt, b'\xaa' * 3 + packed + b'\xbb', -size - 1)
        add('unpack_from', fmt, packed, 1)
        add('iter_unpack', fmt, packed * 3)
        add('iter_unpack', fmt, packed + b'\x00')

    # Errors in formats and calls.
    for fmt in ['z', '3', 'i3', '2 i', ' <i', 'i<', '<n', '>N', '!P', '=n', 'ii\x00', '\x00', 'é', 'q' * 3 + 'Z',
                '99999999999999999999i', '9223372036854775807s', '9223372036854775807si', '4611686018427387904h',
                '1152921504606846976q', '9223372036854775806x', '@9223372036854775807x', '-1i', '+i', 'I' * 40]:
        add('calcsize', fmt)
        add('pack', fmt)
        add('unpack', fmt, b'')
    for fmt in [b'ii', b'<h', b'\xff']:
        add('calcsize', fmt)
    add('calcsize', 5)
    add('pack', None)
    add('unpack', 'i', 'abcd')
    add('unpack', 'i', 5)
    add('unpack', 'i', b'abc')
    add('unpack', 'i')
    add('unpack_from', 'i', b'abcd', 1.0)
    add('unpack_from', 'i', b'abcd', None)
    add('unpack_from', 'i', b'ab', -3)
    add('unpack_from', 'i', b'abcdef', -10)
    add('unpack_from', 'i', b'abcdef', -2)
    add('unpack_from', 'i', b'abcdef', 6)
    add('unpack_from', 'i', b'abcdef', 2**70)
    add('pack_into', 'i', b'abcd', 0, 1)
    add('pack_into', 'i', 'abcd', 0, 1)
    add('pack_into', 'i', bytearray(4))
    add('pack_into', 'i')
    add('pack_into', 'i', bytearray(4), 0)
    add('pack_into', 'i', bytearray(4), 0, 1, 2)
    add('pack_into', 'i', bytearray(4), 'x', 1)
    add('pack_into', 'i', bytearray(2), -3, 1)
    add('pack_into', 'i', bytearray(8), -8, 1)
    add('pack_into', 'i', bytearray(8), -9, 1)
    add('pack_into', 'i', bytearray(8), 5, 1)
    add('pack_into', 'i', bytearray(8), 0, 'x')
    add('iter_unpack', 'i', b'abc')
    add('iter_unpack', '', b'abc')
    add('iter_unpack', '0i', b'')
    add('iter_unpack', 'i', 'abcd')
    add('iter_unpack', 'h', b'')
    for obj in ['Index7', 'FloatLike', 'Falsy', 'BadBool']:
        for fmt in ['i', '<Q', '>h', 'd', '<e', '?', 'c']:
            out.append(('pack', fmt, [('o', obj)]))
    return out


def parse_simple(fmt):
    """(code, count) pairs of a format (mode prefix and spaces dropped)."""
    s = fmt.lstrip('@=<>!')
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch.isspace():
            continue
        else:
            out.append((ch, int(num) if num else 1))
            num = ''
    return out


def value_for(rng, fmt, c, n):
    if c == 'x':
        return []
    if c in 'sp':
        return [bytes(rng.randrange(97, 123) for _ in range(rng.randrange(n + 2)))]
    out = []
    for _ in range(n):
        if c in 'efd':
            out.append(rng.choice([0.5, -2.25, 1024.0, 0.1, 1e-3]))
        elif c == '?':
            out.append(rng.choice([True, False, 0, 3]))
        elif c == 'c':
            out.append(bytes([rng.randrange(256)]))
        else:
            size = struct.calcsize(fmt[0] + c if fmt[:1] in '@=<>!' else c)
            if c in 'bhilqn':
                out.append(rng.randrange(-2**(8 * size - 1), 2**(8 * size - 1)))
            else:
                out.append(rng.randrange(2**(8 * size)))
    return out


def main():
    rng = random.Random(1234)
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        for call, fmt, args in cases(rng):
            f.write(repr((call, fmt, args, run(call, fmt, args))) + '\n')


if __name__ == '__main__':
    main()
