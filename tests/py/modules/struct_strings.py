# struct: s, p and c codes.
import struct

for fmt in ['0s', '1s', '4s', '0p', '1p', '4p', '2s2p']:
    for v in [b'', b'ab', b'abcdef', bytearray(b'xyz')]:
        args = (v,) * (2 if fmt == '2s2p' else 1)
        p = struct.pack(fmt, *args)
        print(fmt, v, p, struct.unpack(fmt, p) if fmt != '0p' else '-')
print(struct.pack('300p', b'q' * 300)[:3], len(struct.pack('300p', b'q' * 300)))
print(struct.unpack('4p', b'\x09abc'), struct.unpack('4p', b'\x02abc'))
print(struct.pack('3c', b'a', b'b', b'c'))
for fmt, v in [('s', 'text'), ('p', 5), ('c', 'a'), ('c', b'ab'), ('c', b''), ('c', bytearray(b'a')), ('c', 97)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, repr(v), type(e).__name__, e)
