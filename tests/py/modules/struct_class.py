# struct.Struct: attributes, methods, reuse, subclassing, re-initialisation.
import struct

s = struct.Struct('<hI')
print(s.format, s.size, type(s).__name__, type(s).__module__, type(s.format).__name__)
p = s.pack(-2, 7)
print(p, s.unpack(p), s.unpack_from(b'..' + p, 2), s.unpack_from(p, offset=0))
buf = bytearray(10)
s.pack_into(buf, 3, 1, 2)
print(buf)
print(list(s.iter_unpack(p * 3)))
print(struct.Struct(b'>d').format, struct.Struct(format='3s').size)
s.__init__('>Q')
print(s.format, s.size, s.pack(1))


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2d')
        self.label = 'pt'

    def pack_point(self, x, y):
        return self.pack(x, y)


pt = Point()
print(pt.label, pt.size, pt.unpack(pt.pack_point(1.5, -2.0)), isinstance(pt, struct.Struct))
for call in [lambda: s.pack(1, 2), lambda: s.unpack(b'x'), lambda: s.pack(x=1), lambda: s.unpack(),
             lambda: s.unpack_from(), lambda: s.iter_unpack(b'a' * 8, 1), lambda: struct.Struct()]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
