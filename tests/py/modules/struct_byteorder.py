# struct: the five byte-order prefixes, standard vs native sizes.
import struct

for prefix in ['', '@', '=', '<', '>', '!']:
    fmt = prefix + 'hiq'
    packed = struct.pack(fmt, 0x0102, 0x03040506, 0x0708090A0B0C0D0E)
    print(repr(fmt), struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))

for prefix in ['@', '=', '<', '>']:
    print(prefix, [struct.calcsize(prefix + c) for c in 'cbB?hHiIlLqQefd'])
print([struct.calcsize(c) for c in 'nNP'])
for prefix in '=<>!':
    for c in 'nNP':
        try:
            struct.calcsize(prefix + c)
        except struct.error as e:
            print(prefix + c, type(e).__name__, e)
print(struct.pack('>H', 1) == struct.pack('!H', 1), struct.pack('<H', 1) == struct.pack('=H', 1))
print(struct.pack('>d', -2.5).hex(), struct.pack('<d', -2.5).hex())
print(struct.pack('>e', 0.333).hex(), struct.pack('<f', 1e-40).hex())
