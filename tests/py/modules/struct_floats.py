# struct: float packing: rounding to f and e, specials, overflow.
import math
import struct

for v in [0.0, -0.0, 1.0, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 2**-24, 2**-25, 3 * 2**-26, 1e-8,
          1e38, 3.4028235e38, 3.5e38, 1e-46, float('inf'), float('-inf')]:
    row = [repr(v)]
    for fmt in ['<e', '<f', '@f', '<d']:
        try:
            p = struct.pack(fmt, v)
            row.append('%s=%r' % (p.hex(), struct.unpack(fmt, p)[0]))
        except (OverflowError, struct.error) as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(' | '.join(row))

for fmt in ['<e', '<f', '<d']:
    p = struct.pack(fmt, float('nan'))
    print(fmt, p.hex(), math.isnan(struct.unpack(fmt, p)[0]))
for raw in ['007c', '00fc', '00fe', '0100', 'ff03', '0004', 'ff7b']:
    print(raw, struct.unpack('<e', bytes.fromhex(raw)))
print(struct.unpack('>f', bytes.fromhex('3f800001')), struct.unpack('>f', bytes.fromhex('00000001')))
print(struct.pack('<d', 10**20), struct.pack('<f', True))


class Half:
    def __float__(self):
        return 0.5


class Seven:
    def __index__(self):
        return 7


print(struct.pack('<e', Half()).hex(), struct.pack('<d', Seven()).hex())
for bad in ['1.0', None, 10**400, b'x']:
    try:
        struct.pack('d', bad)
    except struct.error as e:
        print(type(e).__name__, e)
