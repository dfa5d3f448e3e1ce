# struct.iter_unpack: iteration, length hints, errors.
import struct

it = struct.iter_unpack('<hb', bytes(range(12)))
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(struct.iter_unpack('>I', b'')), list(struct.Struct('2s').iter_unpack(b'abcdef')))
print(iter(it) is it)
for fmt, data in [('i', b'abc'), ('', b'abc'), ('0i', b''), ('i', 'abcd')]:
    try:
        struct.iter_unpack(fmt, data)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
total = 0
for (a, b) in struct.iter_unpack('<HH', bytes(range(40))):
    total += a * b
print(total)
