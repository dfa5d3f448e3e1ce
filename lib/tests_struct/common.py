"""Shared by record.py (CPython) and replay.py (pygil): one case is
(call, format, args); arguments and results are written as tagged,
repr-able values so that both interpreters read the same file.

    ('i', '-5')            int            ('f', '0x1.8p+0')  float (hex; 'nan', '-nan')
    ('b', '00ff')          bytes          ('ba', '00ff')     bytearray (pack_into targets)
    ('t', True)            bool           ('s', 'abc')       str
    ('n',)                 None           ('o', 'Index7')    an object of a class below
    ('tuple', [...])       a tuple        ('list', [...])    a list
"""

import math
import struct


class Index7:
    def __index__(self):
        return 7


class FloatLike:
    def __float__(self):
        return 2.5


class Falsy:
    def __bool__(self):
        return False


class BadBool:
    def __bool__(self):
        raise ValueError('no truth')


OBJECTS = {'Index7': Index7, 'FloatLike': FloatLike, 'Falsy': Falsy, 'BadBool': BadBool}


def enc(v):
    if v is None:
        return ('n',)
    if isinstance(v, bool):
        return ('t', v)
    if isinstance(v, int):
        return ('i', str(v))
    if isinstance(v, float):
        if math.isnan(v):
            return ('f', '-nan' if math.copysign(1.0, v) < 0 else 'nan')
        return ('f', v.hex())
    if isinstance(v, bytearray):
        return ('ba', v.hex())
    if isinstance(v, bytes):
        return ('b', v.hex())
    if isinstance(v, str):
        return ('s', v)
    if isinstance(v, tuple):
        return ('tuple', [enc(x) for x in v])
    if isinstance(v, list):
        return ('list', [enc(x) for x in v])
    for name, cls in OBJECTS.items():
        if type(v) is cls:
            return ('o', name)
    raise TypeError('cannot encode %r' % (v,))


def dec(t):
    tag = t[0]
    if tag == 'n':
        return None
    if tag == 't':
        return t[1]
    if tag == 'i':
        return int(t[1])
    if tag == 'f':
        if t[1] == 'nan':
            return float('nan')
        if t[1] == '-nan':
            return -float('nan')
        return float.fromhex(t[1])
    if tag == 'b':
        return bytes.fromhex(t[1])
    if tag == 'ba':
        return bytearray.fromhex(t[1])
    if tag == 's':
        return t[1]
    if tag == 'tuple':
        return tuple(dec(x) for x in t[1])
    if tag == 'list':
        return [dec(x) for x in t[1]]
    if tag == 'o':
        return OBJECTS[t[1]]()
    raise ValueError(t)


def run(call, fmt, args):
    """Run one case; the result as a tagged value, ('err', type, message) on an exception."""
    args = [dec(a) for a in args]
    try:
        if call == 'pack':
            r = struct.pack(fmt, *args)
        elif call == 'Struct.pack':
            r = struct.Struct(fmt).pack(*args)
        elif call == 'unpack':
            r = struct.unpack(fmt, *args)
        elif call == 'Struct.unpack':
            r = struct.Struct(fmt).unpack(*args)
        elif call == 'calcsize':
            r = struct.calcsize(fmt)
        elif call == 'pack_into':
            buf = args[0]
            struct.pack_into(fmt, *args)
            r = buf
        elif call == 'unpack_from':
            r = struct.unpack_from(fmt, *args)
        elif call == 'iter_unpack':
            r = list(struct.iter_unpack(fmt, *args))
        else:
            raise ValueError(call)
        return ('ok', enc(r))
    except Exception as e:
        return ('err', type(e).__name__, str(e))
