# struct: pack/unpack round trips for every code, calcsize, repeat counts.
import struct

for fmt, vals in [
    ('b', (-5,)), ('B', (200,)), ('h', (-1234,)), ('H', (54321,)), ('i', (-123456,)),
    ('I', (4000000000,)), ('l', (-2**40,)), ('L', (2**63,)), ('q', (-2**62,)), ('Q', (2**64 - 1,)),
    ('n', (-7,)), ('N', (7,)), ('?', (True,)), ('c', (b'z',)), ('e', (1.5,)), ('f', (0.1,)),
    ('d', (0.1,)), ('3s', (b'abc',)), ('5p', (b'hi',)), ('x', ()), ('3i', (1, 2, 3)),
]:
    packed = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))

print(struct.calcsize('0i'), struct.calcsize(''), struct.pack(''), struct.unpack('', b''))
print(struct.pack('2h3b', 1, 2, 3, 4, 5))
print(struct.unpack('2c', b'xy'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('3?', b'\x00\x01\x7f'))
print(struct.pack(b'<i', 1), struct.calcsize(b'>q'))
print(struct.pack('i', True), struct.pack('d', 3), struct.pack('f', 2))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('>I', bytearray(b'\x01\x02\x03\x04')))
print(struct.pack('i x i', 1, 2).hex())
print(sorted(n for n in dir(struct) if not n.startswith('_')))
