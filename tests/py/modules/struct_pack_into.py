# struct: pack_into / unpack_from with offsets (negative too) and their errors.
import struct

buf = bytearray(12)
struct.pack_into('<i', buf, 0, 1)
struct.pack_into('<h', buf, -2, -1)
struct.pack_into('>I', buf, 4, 0xDEADBEEF)
print(buf.hex())
print(struct.unpack_from('<i', buf), struct.unpack_from('>I', buf, 4), struct.unpack_from('<h', buf, -2))
print(struct.unpack_from('<h', bytes(buf), offset=10), struct.unpack_from('<i', buffer=buf, offset=0))
for args in [(b'abcd', 0, 1), (bytearray(4),), (bytearray(4), 0), (bytearray(4), 0, 1, 2), (bytearray(4), 1, 1),
             (bytearray(4), -1, 1), (bytearray(4), -8, 1), (bytearray(4), 'x', 1), (bytearray(4), 0, 'x')]:
    try:
        struct.pack_into('i', *args)
        print('ok', args[0])
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
for args in [(b'abc', 0), (b'abcdef', 3), (b'abcdef', -2), (b'abcdef', -10), (b'abcdef', 1.0), ('abcd', 0)]:
    try:
        print(struct.unpack_from('i', *args))
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
try:
    struct.unpack_from('i', b'abcd', 0, 1)
except TypeError as e:
    print(type(e).__name__, e)
