# struct: CPython's error messages for the common mistakes.
import struct


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (struct.error, TypeError, OverflowError, ValueError, UnicodeError) as e:
        print(type(e).__name__, e)


for fmt, v in [('b', 128), ('B', -1), ('h', 40000), ('H', -1), ('>H', -1), ('>H', 70000), ('i', 2**31),
               ('<i', 2**31), ('I', -1), ('I', 2**32), ('<l', 2**31), ('l', 2**63), ('<L', 2**32),
               ('q', 2**63), ('>q', 2**63), ('Q', -1), ('>Q', -1), ('<Q', 2**64), ('n', 2**64),
               ('N', -1), ('P', 2**64), ('i', 1.0), ('i', '1'), ('i', None), ('q', [])]:
    attempt(struct.pack, fmt, v)
for fmt in ['z', '3', 'i3', '2 i', ' <i', 'i<', '<n', '!P', 'ii\x00', '99999999999999999999i', '-1i']:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 'é')
attempt(struct.calcsize, 5)
attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', b'abcde')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i')
attempt(struct.calcsize)
attempt(struct.Struct, 'i', 'j')
attempt(struct.pack, 'e', 1e6)
attempt(struct.pack, '<f', 1e300)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
try:
    struct.pack('h', 99999)
except Exception as e:
    print(type(e), e.args)
