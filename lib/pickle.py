"""Serialize Python objects to bytes and back (pickle protocols 0 to 5).

Written for pygil; its output is byte-for-byte what CPython 3.11's C
accelerator (_pickle) writes, so the two interpreters read each other's
pickles.

The format is a program for a small stack machine: each opcode pushes an
object, builds a container out of the objects above the last MARK, calls a
callable, or stores/fetches the top of the stack in the memo (so that shared
and recursive references come back shared). STOP ends the program; the top
of the stack is the result.

Pickler.dump
    writes PROTO n (protocol 2 and later), the object, STOP. From protocol
    4 on, the output is cut into frames: FRAME <8-byte length> precedes
    each run of opcodes; a frame is closed when an object starts while the
    frame holds 64 KiB or more, and bytes/str payloads of 64 KiB or more are
    written outside any frame. A frame under 4 bytes gets no header.
    Built-in types have their own opcodes (dispatched on the exact type);
    functions and classes are saved by reference (module and qualified
    name); everything else goes through copyreg.dispatch_table or the
    object's __reduce_ex__(protocol), whose result is a global name or a
    tuple (callable, args[, state[, listitems[, dictitems[, setter]]]]).
    Lists, dicts and sets are written in batches of 1000 items.

    Protocols 0-2 name globals as Python 2 did (_compat_pickle's tables).

Unpickler.load
    runs the program. Input comes from a bytes object (loads) or a file
    (load); a file is read exactly up to STOP, frame by frame.

Both are pure Python; the hot paths (small ints and short strs inside
containers, the commonest opcodes in the load loop) are written inline.

Not supported: PickleBuffer needs memoryview, which pygil lacks (it raises
NotImplementedError; out-of-band buffers passed to loads as bytes work);
strings holding lone surrogates cannot exist in pygil.
"""

import sys
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import math

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT",
           "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data cannot be unpickled (corrupt, truncated, or refers to
    something that cannot be found)."""


class PickleBuffer:
    """Out-of-band buffer wrapper of protocol 5 (needs memoryview)."""

    def __init__(self, buffer):
        raise NotImplementedError(
            "pickle.PickleBuffer needs memoryview, which pygil does not have")


# ---- opcodes ---------------------------------------------------------------
# Protocol 0 is text (arguments end with a newline); 1 adds the binary
# forms; each later protocol adds the opcodes listed under it.

MARK = b'('             # push the mark object
STOP = b'.'             # end of pickle; the result is the top of the stack
POP = b'0'              # discard the top of the stack
POP_MARK = b'1'         # discard the top through the last mark
DUP = b'2'              # push the top again
FLOAT = b'F'            # float; repr text + newline
INT = b'I'              # int; decimal text + newline (I00/I01 = bools)
BININT = b'J'           # int; 4-byte signed little-endian
BININT1 = b'K'          # int; 1 unsigned byte
LONG = b'L'             # int; decimal text + 'L' + newline
BININT2 = b'M'          # int; 2-byte unsigned little-endian
NONE = b'N'             # None
PERSID = b'P'           # persistent_load(text id + newline)
BINPERSID = b'Q'        # persistent_load(top of the stack)
REDUCE = b'R'           # callable(*args): pops args, replaces callable
STRING = b'S'           # Python 2 str; quoted repr + newline
BINSTRING = b'T'        # Python 2 str; 4-byte length + data
SHORT_BINSTRING = b'U'  # Python 2 str; 1-byte length + data
UNICODE = b'V'          # str; raw-unicode-escape text + newline
BINUNICODE = b'X'       # str; 4-byte length + UTF-8
APPEND = b'a'           # list.append(top)
BUILD = b'b'            # __setstate__(state) or update __dict__
GLOBAL = b'c'           # module line, name line -> find_class
DICT = b'd'             # dict from the key/value pairs above the mark
EMPTY_DICT = b'}'
APPENDS = b'e'          # list.extend(items above the mark)
GET = b'g'              # push memo[decimal index + newline]
BINGET = b'h'           # push memo[1-byte index]
INST = b'i'             # class from module/name lines, args above the mark
LONG_BINGET = b'j'      # push memo[4-byte index]
LIST = b'l'             # list of the items above the mark
EMPTY_LIST = b']'
OBJ = b'o'              # class and args above the mark
PUT = b'p'              # memo[decimal index + newline] = top
BINPUT = b'q'           # memo[1-byte index] = top
LONG_BINPUT = b'r'      # memo[4-byte index] = top
SETITEM = b's'          # dict[key] = value (the two top items)
TUPLE = b't'            # tuple of the items above the mark
EMPTY_TUPLE = b')'
SETITEMS = b'u'         # dict.update(pairs above the mark)
BINFLOAT = b'G'         # float; 8-byte big-endian IEEE 754

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'         # protocol version (1 byte)
NEWOBJ = b'\x81'        # cls.__new__(cls, *args)
EXT1 = b'\x82'          # extension registry code, 1 byte
EXT2 = b'\x83'          # ... 2 bytes
EXT4 = b'\x84'          # ... 4 bytes
TUPLE1 = b'\x85'        # tuples of the 1, 2, 3 top items
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'         # int; 1-byte length + little-endian 2's complement
LONG4 = b'\x8b'         # int; 4-byte length + ...

# protocol 3
BINBYTES = b'B'         # bytes; 4-byte length + data
SHORT_BINBYTES = b'C'   # bytes; 1-byte length + data

# protocol 4
SHORT_BINUNICODE = b'\x8c'  # str; 1-byte length + UTF-8
BINUNICODE8 = b'\x8d'   # str; 8-byte length + UTF-8
BINBYTES8 = b'\x8e'     # bytes; 8-byte length + data
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'      # set.update(items above the mark)
FROZENSET = b'\x91'     # frozenset of the items above the mark
NEWOBJ_EX = b'\x92'     # cls.__new__(cls, *args, **kwargs)
STACK_GLOBAL = b'\x93'  # find_class(module, name) from the stack
MEMOIZE = b'\x94'       # memo[len(memo)] = top
FRAME = b'\x95'         # 8-byte length of the frame that follows

# protocol 5
BYTEARRAY8 = b'\x96'    # bytearray; 8-byte length + data
NEXT_BUFFER = b'\x97'   # push the next out-of-band buffer
READONLY_BUFFER = b'\x98'  # make the top buffer read-only

_FRAME_SIZE_TARGET = 64 * 1024  # close a frame once it holds this much
_FRAME_SIZE_MIN = 4             # smaller frames get no FRAME header
_FRAME_HEADER = 9               # FRAME + 8-byte length
_BATCHSIZE = 1000               # items per APPENDS/SETITEMS/ADDITEMS


# Python 2 names (fix_imports): protocols 0-2 are readable by Python 2, so
# the pickler writes Python 2's module and global names and the unpickler
# maps them back.
from _compat_pickle import (IMPORT_MAPPING as _PY2_TO_PY3_MODULE,
                            NAME_MAPPING as _PY2_TO_PY3_NAME,
                            REVERSE_IMPORT_MAPPING as _PY3_TO_PY2_MODULE,
                            REVERSE_NAME_MAPPING as _PY3_TO_PY2_NAME)


# ---- numbers ---------------------------------------------------------------

def encode_long(x):
    """The little-endian two's complement bytes of int x, as few as
    possible (b'' for 0), as LONG1/LONG4 store them."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """The int stored in little-endian two's complement bytes."""
    return int.from_bytes(data, 'little', signed=True)


_copysign = math.copysign
_frexp = math.frexp
_ldexp = math.ldexp


def _pack_double(x):
    """x as 8 big-endian IEEE 754 bytes (BINFLOAT)."""
    sign = 1 << 63 if _copysign(1.0, x) < 0 else 0
    if x != x:
        bits = sign | 0x7ff8000000000000
    elif x in (_INF, _NINF):
        bits = sign | 0x7ff0000000000000
    elif x == 0.0:
        bits = sign
    else:
        m, e = _frexp(abs(x))          # abs(x) = m * 2**e, 0.5 <= m < 1
        if e >= -1021:
            bits = sign | (e + 1022) << 52 | int(_ldexp(m, 53)) - (1 << 52)
        else:                           # subnormal
            bits = sign | int(_ldexp(m, e + 1074))
    return bits.to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    exponent = (bits >> 52) & 0x7ff
    mantissa = bits & 0xfffffffffffff
    # Products with powers of two are exact here; two steps keep every
    # factor a normal float (pygil's math.ldexp loses subnormals).
    if exponent == 0x7ff:
        x = _INF if mantissa == 0 else _NAN
    elif exponent == 0:
        x = float(mantissa) * _TINY
    elif exponent > 53:
        x = float(mantissa | 1 << 52) * 2.0 ** (exponent - 1075)
    else:
        x = float(mantissa | 1 << 52) * 2.0 ** -600 * 2.0 ** (exponent - 475)
    return -x if bits >> 63 else x


_INF = float('inf')
_NINF = -_INF
_NAN = float('nan')
_TINY = 2.0 ** -1074                # the smallest subnormal


# ---- protocol 0 text forms ---------------------------------------------------

def _raw_unicode_escape(s):
    """s for the UNICODE opcode: Latin-1 text with \\uXXXX/\\UXXXXXXXX for
    other characters and for backslash, newline, CR, NUL and ^Z."""
    try:
        data = s.encode('latin-1')
    except UnicodeEncodeError:
        data = None
    if data is not None and not any(c in data for c in b'\\\n\r\x00\x1a'):
        return data
    out = []
    for ch in s:
        code = ord(ch)
        if code >= 0x10000:
            out.append('\\U%08x' % code)
        elif code >= 0x100 or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape bytes: \\u and \\U escapes (after an odd
    number of backslashes), everything else Latin-1."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find('\\', i)
        if j < 0:
            out.append(text[i:])
            break
        k = j
        while k < n and text[k] == '\\':
            k += 1
        out.append(text[i:k])
        i = k
        if (k - j) % 2 == 0 or k >= n or text[k] not in 'uU':
            continue
        out[-1] = out[-1][:-1]          # the escaping backslash
        width = 4 if text[k] == 'u' else 8
        digits = text[k + 1:k + 1 + width]
        if len(digits) < width or not all(c in '0123456789abcdefABCDEF'
                                           for c in digits):
            raise UnicodeDecodeError(
                'rawunicodeescape', data, j, k + 1 + len(digits),
                'truncated \\uXXXX escape' if width == 4
                else 'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, j,
                                     k + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = k + 1 + width
    return ''.join(out)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
                   '\n': ''}


def _c_int(data):
    """The INT opcode's argument, read as C's strtol(s, NULL, 0) does
    (0x hex, leading-0 octal), else as int(s, 0)."""
    text = data.decode('latin-1').strip()
    digits = text.lstrip('+-')
    try:
        if len(digits) > 1 and digits[0] == '0' and digits[1] in '01234567':
            value = int(digits, 8)
            return -value if text.startswith('-') else value
        return int(text, 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _escape_decode(data):
    """The bytes of a Python 2 string literal body (STRING opcode)."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return data
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        ch = text[i]
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
            i += 1
        elif ch in '01234567':
            j = i
            while j < n and j < i + 3 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i:j], 8) & 0xff))
            i = j
        elif ch == 'x':
            digits = text[i + 1:i + 3]
            if len(digits) < 2 or not all(c in '0123456789abcdefABCDEF'
                                          for c in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            out.append(chr(int(digits, 16)))
            i += 3
        else:
            out.append('\\' + ch)
            i += 1
    return ''.join(out).encode('latin-1')


# ---- globals -----------------------------------------------------------------

def _dotted_path(name):
    path = name.split('.')
    if '<locals>' in path:
        raise AttributeError("Can't pickle local object %r" % (name,))
    return path


def _deep_getattr(obj, path):
    """(value, parent) of obj.path[0].path[1]...; AttributeError if any
    step is missing."""
    parent = None
    for part in path:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that holds obj under the qualified name."""
    module_name = getattr(obj, '__module__', None)
    if isinstance(module_name, str):
        return module_name
    path = name.split('.') if isinstance(name, str) else name
    # (pygil: type.__module__ gives the descriptor; builtins comes first.)
    modules = sys.modules.copy()
    builtins = modules.pop('builtins', None)
    for module_name, module in [('builtins', builtins)] + list(modules.items()):
        if module_name == '__main__' or module is None:
            continue
        try:
            if _deep_getattr(module, path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class _Global:
    """A global name saved without looking it up: the CPython callables
    that pygil does not have but pickles must name (_codecs.encode)."""

    def __init__(self, module, name, func):
        self.module = module
        self.__name__ = name
        self._func = func

    def __call__(self, *args):
        return self._func(*args)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


_CODECS_ENCODE = _Global('_codecs', 'encode', _codecs_encode)
_LATIN1 = 'latin1'

# Globals that CPython's pickles name and pygil lacks, by (module, name).
_SUBSTITUTE_GLOBALS = {('_codecs', 'encode'): _codecs_encode}


# ---- types pygil implements without CPython's __reduce__ ---------------------

def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_MethodType = type(_Probe().method)
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)


def _reduce_builtin_function(obj):
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner) is type(sys):
        return obj.__qualname__
    return getattr, (owner, obj.__name__)


_PYGIL_REDUCE = {
    _BuiltinFunctionType: _reduce_builtin_function,
    _MethodType: lambda m: (getattr, (m.__self__, m.__func__.__name__)),
    _EllipsisType: lambda obj: 'Ellipsis',
    _NotImplementedType: lambda obj: 'NotImplemented',
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
}


# ---- the pickler -------------------------------------------------------------

_BYTE = [bytes((i,)) for i in range(256)]
# Opcodes with a 1-byte argument, ready-made (concatenating bytes is slow
# in pygil).
_BININT1_OP = [BININT1 + b for b in _BYTE]
_BINGET_OP = [BINGET + b for b in _BYTE]
_BINPUT_OP = [BINPUT + b for b in _BYTE]
_SHORT_BINUNICODE_OP = [SHORT_BINUNICODE + b for b in _BYTE]
_SHORT_BINBYTES_OP = [SHORT_BINBYTES + b for b in _BYTE]


class _Unwritable:
    """The file of a Pickler made by dumps(): output stays in memory."""


_NO_LIMIT = 1 << 62                     # not framing: never close a frame
_HOOKS = {}     # class -> (persistent_id, reducer_override, dispatch_table)


def _find_hooks(cls):
    """The persistent_id and reducer_override functions and the
    dispatch_table a Pickler subclass defines (None when it does not)."""
    found = []
    for name in ('persistent_id', 'reducer_override', 'dispatch_table'):
        value = None
        for klass in cls.__mro__:
            if name in klass.__dict__:
                value = klass.__dict__[name]
                break
        if isinstance(value, property) and klass is Pickler:
            value = None
        found.append(value)
    return tuple(found)


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True,
    buffer_callback=None) writes pickles to file.write.

    Subclasses (or instances) may define persistent_id(obj),
    reducer_override(obj) and dispatch_table."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d"
                             % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is _Unwritable:
            self._file_write = None
        else:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports)
        self.memo = {}          # id(obj) -> (memo index, obj)
        self._out = bytearray()
        self._framing = False
        self._frame_start = 0
        self._frame_limit = _NO_LIMIT   # len(_out) that closes the frame
        # The hooks a subclass defines (found once per class, as the C
        # pickler looks them up at __init__).
        cls = type(self)
        hooks = _HOOKS.get(cls)
        if hooks is None:
            hooks = _HOOKS[cls] = _find_hooks(cls)
        pers, override, table = hooks
        self._pers = pers.__get__(self, cls) if pers is not None else None
        self._override = (override.__get__(self, cls)
                          if override is not None else None)
        if table is None:
            table = dispatch_table
        elif hasattr(type(table), '__get__'):
            table = table.__get__(self, cls)    # e.g. a property
        self._table = table

    # Assigning these on an instance replaces the class's hooks.

    def _get_persistent_id(self):
        if self._pers is None:
            raise AttributeError('persistent_id')
        return self._pers

    def _set_persistent_id(self, func):
        if not callable(func):
            raise TypeError('persistent_id must be a callable taking '
                            'one argument')
        self._pers = func

    persistent_id = property(_get_persistent_id, _set_persistent_id)

    def _get_dispatch_table(self):
        if self._table is dispatch_table and \
                _HOOKS[type(self)][2] is None:
            raise AttributeError("'Pickler' object has no attribute "
                                 "'dispatch_table'")
        return self._table

    def _set_dispatch_table(self, table):
        self._table = table

    dispatch_table = property(_get_dispatch_table, _set_dispatch_table)

    def clear_memo(self):
        """Forget what was pickled, so objects are written again in full."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % type(self).__name__)
        self._names = {}
        out = self._out
        del out[:]
        if self.proto >= 2:
            out += PROTO
            out += _BYTE[self.proto]
            if self.proto >= 4:
                self._framing = True
                self._start_frame()
        try:
            self.save(obj)
            out += STOP
            self._end_frame()
        finally:
            self._framing = False
            self._frame_limit = _NO_LIMIT
            self._names = None
        if self._file_write is not None:
            self._file_write(bytes(out))
            del out[:]

    # -- output --

    def _end_frame(self):
        """Close the current frame: fill in its header, or drop the header
        of a frame too small to need one."""
        if not self._framing:
            return
        out = self._out
        start = self._frame_start
        size = len(out) - start - _FRAME_HEADER
        if size >= _FRAME_SIZE_MIN:
            out[start:start + _FRAME_HEADER] = FRAME + size.to_bytes(8, 'little')
        else:
            del out[start:start + _FRAME_HEADER]

    def _start_frame(self):
        out = self._out
        self._frame_start = start = len(out)
        self._frame_limit = start + _FRAME_HEADER + _FRAME_SIZE_TARGET
        out += b'\0' * _FRAME_HEADER

    def _next_frame(self):
        self._end_frame()
        if self._file_write is not None:
            self._file_write(bytes(self._out))
            del self._out[:]
        self._start_frame()

    def _write_large(self, header, payload):
        """A bytes/str of 64 KiB or more: written outside the frames."""
        out = self._out
        if self._framing:
            self._end_frame()
        out += header
        if self._file_write is not None:
            self._file_write(bytes(out))
            del out[:]
            self._file_write(payload)
        else:
            out += payload
        if self._framing:
            self._start_frame()

    def _memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._out.extend(MEMOIZE)
        elif not self.bin:
            self._out.extend(b'p%d\n' % idx)
        elif idx < 256:
            self._out.extend(_BINPUT_OP[idx])
        elif idx <= 0xffffffff:
            self._out.extend(b'r' + idx.to_bytes(4, 'little'))
        else:
            raise PicklingError("memo id too large for LONG_BINPUT")

    def _write_get(self, idx):
        if not self.bin:
            self._out.extend(b'g%d\n' % idx)
        elif idx < 256:
            self._out.extend(_BINGET_OP[idx])
        elif idx <= 0xffffffff:
            self._out.extend(b'j' + idx.to_bytes(4, 'little'))
        else:
            raise PicklingError("memo id too large for LONG_BINGET")

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        out = self._out
        if len(out) >= self._frame_limit:
            self._next_frame()
        if self._pers is not None and save_persistent_id:
            pid = self._pers(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        # The commonest atoms inline; the others by table.
        if t is int:
            if 0 <= obj < 0x100 and self.bin:
                out += _BININT1_OP[obj]
            else:
                self._save_int(obj)
            return
        if obj is None:
            out += NONE
            return
        if t is str:
            x = self.memo.get(id(obj))
            if x is None:
                self._save_str(obj)
            else:
                self._write_get(x[0])
            return
        f = _ATOM_SAVERS.get(t)
        if f is not None:
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            idx = x[0]
            if idx < 256 and self.bin:
                out += _BINGET_OP[idx]
            else:
                self._write_get(idx)
            return
        f = _SAVERS.get(t)
        if f is not None:
            f(self, obj)
            return
        if self._override is not None:
            rv = self._override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self._save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        reduce = self._table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce = _PYGIL_REDUCE.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("can't pickle %r object: %r"
                                            % (t.__name__, obj))
                    rv = reduce()
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.extend(BINPERSID)
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings"
                ) from None
            self._out.extend(PERSID + text + b'\n')

    # -- built-in types --

    def _save_none(self, obj):
        self._out.extend(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._out.extend(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.extend(TRUE if obj else FALSE)

    def _save_int(self, obj):
        if self.bin:
            if 0 <= obj < 0x100:
                self._out.extend(_BININT1_OP[obj])
                return
            if 0 <= obj < 0x10000:
                self._out.extend(b'M' + obj.to_bytes(2, 'little'))
                return
            if -0x80000000 <= obj < 0x80000000:
                self._out.extend(b'J' + obj.to_bytes(4, 'little', signed=True))
                return
            if self.proto >= 2:
                data = encode_long(obj)
                n = len(data)
                if n < 256:
                    self._out.extend(LONG1 + _BYTE[n] + data)
                else:
                    self._out.extend(LONG4 + n.to_bytes(4, 'little') + data)
                return
        elif -0x80000000 <= obj < 0x80000000:
            self._out.extend(b'I%d\n' % obj)
            return
        self._out.extend(b'L%dL\n' % obj)

    def _save_float(self, obj):
        if self.bin:
            self._out.extend(BINFLOAT + _pack_double(obj))
        else:
            self._out.extend(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _save_bytes(self, obj):
        proto = self.proto
        if proto < 3:
            if obj:
                self.save_reduce(_CODECS_ENCODE,
                                 (obj.decode('latin-1'), _LATIN1), obj=obj)
            else:
                self.save_reduce(bytes, (), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            out = self._out
            out += _SHORT_BINBYTES_OP[n]
            out += obj
        else:
            if n > 0xffffffff and proto >= 4:
                header = BINBYTES8 + n.to_bytes(8, 'little')
            else:
                header = BINBYTES + n.to_bytes(4, 'little')
            if n >= _FRAME_SIZE_TARGET:
                self._write_large(header, obj)
            else:
                self._out.extend(header + obj)
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if obj:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            else:
                self.save_reduce(bytearray, (), obj=obj)
            return
        n = len(obj)
        header = BYTEARRAY8 + n.to_bytes(8, 'little')
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, bytes(obj))
        else:
            self._out.extend(header + obj)
        self._memoize(obj)

    def _save_str(self, obj):
        if not self.bin:
            self._out.extend(UNICODE + _raw_unicode_escape(obj) + b'\n')
            self._memoize(obj)
            return
        data = obj.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            out = self._out
            out += _SHORT_BINUNICODE_OP[n]
            out += data
            if not self.fast:
                memo = self.memo
                memo[id(obj)] = len(memo), obj
                out += MEMOIZE
            return
        else:
            if n > 0xffffffff and self.proto >= 4:
                header = BINUNICODE8 + n.to_bytes(8, 'little')
            else:
                header = BINUNICODE + n.to_bytes(4, 'little')
            if n >= _FRAME_SIZE_TARGET:
                self._write_large(header, data)
            else:
                self._out.extend(header + data)
        self._memoize(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        out = self._out
        if n == 0:
            out += EMPTY_TUPLE if self.bin else b'(t'
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            self._save_items(obj)
            x = memo.get(id(obj))
            if x is not None:               # saved through a cycle
                out += POP * n
                self._write_get(x[0])
                return
            out += _TUPLE_N[n]
        else:
            out += MARK
            self._save_items(obj)
            x = memo.get(id(obj))
            if x is not None:
                out += POP_MARK if self.bin else POP * (n + 1)
                self._write_get(x[0])
                return
            out += TUPLE
        self._memoize(obj)

    def _save_list(self, obj):
        self._out += EMPTY_LIST if self.bin else b'(l'
        self._memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        out = self._out
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            out += APPEND
            return
        total = 0
        while True:
            out += MARK
            batch = obj[total:total + _BATCHSIZE]
            self._save_items(batch)
            total += len(batch)
            out += APPENDS
            if total >= len(obj):
                break

    def _save_items(self, items):
        """save() each of a list or tuple, small ints and short strs
        inline (the bulk of most pickles)."""
        out = self._out
        save = self.save
        if self._pers is not None or self.proto < 4 or self.fast:
            for x in items:
                save(x)
            return
        memo = self.memo
        limit = self._frame_limit
        for x in items:
            if len(out) < limit:
                t = type(x)
                if t is int:
                    if 0 <= x < 0x100:
                        out += _BININT1_OP[x]
                        continue
                    if 0 <= x < 0x10000:
                        out += BININT2
                        out += x.to_bytes(2, 'little')
                        continue
                    if -0x80000000 <= x < 0x80000000:
                        out += BININT
                        out += x.to_bytes(4, 'little', signed=True)
                        continue
                elif t is str:
                    found = memo.get(id(x))
                    if found is not None:
                        idx = found[0]
                        if idx < 0x100:
                            out += _BINGET_OP[idx]
                            continue
                    elif len(x) < 64:
                        data = x.encode('utf-8', 'surrogatepass')
                        out += _SHORT_BINUNICODE_OP[len(data)]
                        out += data
                        out += MEMOIZE
                        memo[id(x)] = len(memo), x
                        continue
            save(x)
            limit = self._frame_limit

    def _batch_appends(self, items):
        """The items of a list subclass (or a reduce's listitems)."""
        out = self._out
        save = self.save
        if not self.bin:
            for item in items:
                save(item)
                out += APPEND
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                save(first)
                out += APPEND
                return
            out += MARK
            save(first)
            n = 1
            item = second
            while item is not _END:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _END)
            out += APPENDS
            if n != _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._out += EMPTY_DICT if self.bin else b'(d'
        self._memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        out = self._out
        save = self.save
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            out += SETITEM
            return
        if size <= 8:
            out += MARK
            for k, v in obj.items():
                save(k)
                save(v)
            out += SETITEMS
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            return
        pairs = list(obj.items())
        # Batches of 1000 pairs, and an empty batch after a full last one
        # (as CPython's batch_dict_exact writes).
        for start in range(0, size + 1, _BATCHSIZE):
            out += MARK
            self._save_items([x for pair in pairs[start:start + _BATCHSIZE]
                              for x in pair])
            out += SETITEMS
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")

    def _batch_setitems(self, items):
        """The items of a dict subclass (or a reduce's dictitems)."""
        out = self._out
        save = self.save
        if not self.bin:
            for item in items:
                k, v = _pair(item)
                save(k)
                save(v)
                out += SETITEM
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                k, v = _pair(first)
                save(k)
                save(v)
                out += SETITEM
                return
            out += MARK
            k, v = _pair(first)
            save(k)
            save(v)
            n = 1
            item = second
            while item is not _END:
                k, v = _pair(item)
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _END)
            out += SETITEMS
            if n != _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        out = self._out
        out += EMPTY_SET
        self._memoize(obj)
        if not obj:
            return
        save = self.save
        out += MARK
        i = 0
        for item in obj:
            save(item)
            i += 1
            if i == _BATCHSIZE:
                out += ADDITEMS
                out += MARK
                i = 0
        out += ADDITEMS

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        out = self._out
        out += MARK
        save = self.save
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:                   # saved through a cycle
            out += POP_MARK
            self._write_get(x[0])
            return
        out += FROZENSET
        self._memoize(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is _EllipsisType:
            self.save_reduce(type, (...,), obj=obj)
        elif obj is _NotImplementedType:
            self.save_reduce(type, (NotImplemented,), obj=obj)
        else:
            self.save_global(obj)

    def _save_named_global(self, obj):
        # A _Global stand-in: its name is written as is.
        self._write_global(obj, obj.module, obj.__name__)

    # -- globals and reductions --

    def save_global(self, obj, name=None):
        """Save obj as a reference to module.qualname."""
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = _dotted_path(name)
        module_name = whichmodule(obj, path)
        try:
            module = sys.modules.get(module_name)
            if module is None:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _deep_getattr(module, path)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d "
                                        "is out of range" % (obj, code))
                if code <= 0xff:
                    self._out.extend(EXT1 + _BYTE[code])
                elif code <= 0xffff:
                    self._out.extend(EXT2 + code.to_bytes(2, 'little'))
                else:
                    self._out.extend(EXT4 + code.to_bytes(4, 'little'))
                return
        if parent is module:
            name = path[-1]
        elif self.proto < 4:
            # A nested class/function: getattr(parent, last name).
            self.save_reduce(getattr, (parent, path[-1]))
            self._memoize(obj)
            return
        self._write_global(obj, module_name, name)

    def _write_global(self, obj, module_name, name):
        if self.proto >= 4:
            # CPython's module name strings are one object per kind of
            # global: classes and Python functions share their module's
            # __name__, built-in functions another; so do their memo entries.
            key = module_name, type(obj) is _BuiltinFunctionType
            module_name = self._names.setdefault(key, module_name)
            self.save(module_name, False)
            self.save(name, False)
            self._out.extend(STACK_GLOBAL)
        else:
            if self.proto < 3 and self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier %r using "
                                    "pickle protocol %d"
                                    % (module_name, self.proto)) from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier %r using "
                                    "pickle protocol %d"
                                    % (name, self.proto)) from None
            self._out.extend(GLOBAL + module_bytes + b'\n' + name_bytes + b'\n')
        self._memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Save obj as the result of func(*args), then its items and
        state (the pieces of a __reduce__ value)."""
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        out = self._out
        func_name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if func_name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, new_args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %s"
                                    % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be the class of the object being "
                                    "pickled")
            if not isinstance(new_args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                    "must be a tuple, not %s"
                                    % type(new_args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                    "must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(new_args)
                save(kwargs)
                out += NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *new_args, **kwargs))
                save(())
                out += REDUCE
        elif func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            out += NEWOBJ
        else:
            save(func)
            save(args)
            out += REDUCE

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:               # saved through a cycle
                out += POP
                self._write_get(x[0])
                return
            self._memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                out += BUILD
            else:
                # state_setter(obj, state), result discarded.
                save(state_setter)
                save(obj)
                save(state)
                out += TUPLE2
                out += REDUCE
                out += POP


_END = object()
_TUPLE_N = [b'', TUPLE1, TUPLE2, TUPLE3]


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _py2_name(module, name):
    renamed = _PY3_TO_PY2_NAME.get((module, name))
    if renamed is not None:
        return renamed
    return _PY3_TO_PY2_MODULE.get(module, module), name


# Savers by exact type. Atoms are never memoized.
_ATOM_SAVERS = {
    _NoneType: Pickler._save_none,
    bool: Pickler._save_bool,
    int: Pickler._save_int,
    float: Pickler._save_float,
}
_SAVERS = {
    bytes: Pickler._save_bytes,
    str: Pickler._save_str,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    list: Pickler._save_list,
    tuple: Pickler._save_tuple,
    bytearray: Pickler._save_bytearray,
    _Global: Pickler._save_named_global,
}


# ---- the unpickler -----------------------------------------------------------

class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII',
    errors='strict', buffers=None) reads a pickle from file.read/readline.

    encoding and errors decode Python 2 str objects ('bytes' keeps them as
    bytes); subclasses may define persistent_load(pid) and override
    find_class(module, name)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        if file is _Unwritable:
            self._file_read = self._file_readline = None
        else:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' "
                                "attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self._data = b''
        self._pos = 0
        self._end = 0
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def load(self):
        """Read one pickle and return the object it describes."""
        if not hasattr(self, 'memo'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._stack = stack = []
        self._metastack = metastack = []
        self.proto = 0
        dispatch = _DISPATCH
        memo = self.memo
        data = self._data
        pos = self._pos
        end = self._end
        # The commonest opcodes run here on local copies of the input
        # position and the stack; the others are methods, which see the
        # position through self._pos and may replace the buffer.
        try:
            while True:
                if pos < end:
                    key = data[pos]
                    pos += 1
                    if key == 0x4b:                 # BININT1
                        if pos < end:
                            stack.append(data[pos])
                            pos += 1
                            continue
                    elif key == 0x4d:               # BININT2
                        if pos + 2 <= end:
                            stack.append(data[pos] | data[pos + 1] << 8)
                            pos += 2
                            continue
                    elif key == 0x94:               # MEMOIZE
                        memo[len(memo)] = stack[-1]
                        continue
                    elif key == 0x8c:               # SHORT_BINUNICODE
                        if pos < end:
                            stop = pos + 1 + data[pos]
                            if stop <= end:
                                stack.append(data[pos + 1:stop].decode(
                                    'utf-8', 'surrogatepass'))
                                pos = stop
                                continue
                    elif key == 0x68:               # BINGET
                        if pos < end and data[pos] in memo:
                            stack.append(memo[data[pos]])
                            pos += 1
                            continue
                    elif key == 0x4e:               # NONE
                        stack.append(None)
                        continue
                    elif key == 0x4a:               # BININT
                        if pos + 4 <= end:
                            stack.append(int.from_bytes(data[pos:pos + 4],
                                                        'little', signed=True))
                            pos += 4
                            continue
                    elif key == 0x28:               # MARK
                        metastack.append(stack)
                        self._stack = stack = []
                        continue
                    elif key == 0x2e:               # STOP
                        self._pos = pos
                        return self._pop()
                    self._pos = pos
                else:
                    self._pos = pos
                    key = self._read_opcode()
                    if key == 0x2e:
                        return self._pop()
                dispatch[key](self)
                data = self._data
                pos = self._pos
                end = self._end
                stack = self._stack
        except IndexError:
            # The handlers index the stack directly: an empty one is a
            # corrupt pickle.
            if self._stack or self._metastack:
                raise
            raise UnpicklingError("unpickling stack underflow") from None
        finally:
            self._stack = self._metastack = None

    # -- input --

    def _read_opcode(self):
        data = self._fill(1)
        if data is None:
            raise EOFError("Ran out of input")
        return data[0]

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= self._end:
            self._pos = end
            return self._data[pos:end]
        data = self._fill(n)
        if data is None:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _fill(self, n):
        """n bytes, taking what the buffer has and the rest from the file;
        None if the input ends first."""
        have = self._data[self._pos:self._end]
        self._data = b''
        self._pos = self._end = 0
        if self._file_read is None:
            return None
        more = self._file_read(n - len(have))
        if len(more) < n - len(have):
            return None
        return have + more if have else more

    def _readline(self):
        data = self._data
        pos = self._pos
        nl = data.find(b'\n', pos, self._end)
        if nl >= 0:
            self._pos = nl + 1
            return data[pos:nl + 1]
        have = data[pos:self._end]
        self._data = b''
        self._pos = self._end = 0
        if self._file_readline is not None:
            have += self._file_readline()
        if not have.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return have

    def _line_arg(self):
        return self._readline()[:-1]

    # -- the stack --

    def _pop_mark(self):
        items = self._stack
        try:
            self._stack = self._metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        return items

    def _pop(self):
        try:
            return self._stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        try:
            return self._stack[-1]
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    # -- opcodes --

    def _bad_opcode(self):
        key = self._data[self._pos - 1:self._pos] or b'?'
        c = key[0]
        if 0x20 <= c <= 0x7e and c not in b"'\\":
            text = chr(c)
        else:
            text = '\\x%02x' % c
        raise UnpicklingError("invalid load key, '%s'." % text)

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_frame(self):
        size = int.from_bytes(self._read(8), 'little')
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._pos + size <= self._end:
            return                      # already in memory
        frame = self._fill(size)
        if frame is None:
            raise UnpicklingError("pickle data was truncated")
        self._data = frame
        self._pos = 0
        self._end = len(frame)

    def _load_persid(self):
        try:
            pid = self._line_arg().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self._stack.append(self.persistent_load(pid))

    def _load_binpersid(self):
        pid = self._pop()
        self._stack.append(self.persistent_load(pid))

    def _load_none(self):
        self._stack.append(None)

    def _load_false(self):
        self._stack.append(False)

    def _load_true(self):
        self._stack.append(True)

    def _load_int(self):
        data = self._line_arg()
        if data == b'00':
            value = False
        elif data == b'01':
            value = True
        else:
            value = _c_int(data)
        self._stack.append(value)

    def _load_binint(self):
        self._stack.append(int.from_bytes(self._read(4), 'little', signed=True))

    def _load_binint1(self):
        pos = self._pos
        if pos < self._end:
            self._pos = pos + 1
            self._stack.append(self._data[pos])
        else:
            self._stack.append(self._read(1)[0])

    def _load_binint2(self):
        self._stack.append(int.from_bytes(self._read(2), 'little'))

    def _load_long(self):
        data = self._line_arg()
        if data.endswith(b'L'):
            data = data[:-1]
        self._stack.append(int(data, 0))

    def _load_long1(self):
        n = self._read(1)[0]
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_float(self):
        try:
            value = float(self._line_arg())
        except ValueError:
            raise ValueError("could not convert string to float") from None
        self._stack.append(value)

    def _load_binfloat(self):
        self._stack.append(_unpack_double(self._read(8)))

    def _decode_py2_str(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _load_string(self):
        data = self._line_arg()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._stack.append(self._decode_py2_str(_escape_decode(data)))

    def _load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._stack.append(self._decode_py2_str(self._read(n)))

    def _load_short_binstring(self):
        n = self._read(1)[0]
        self._stack.append(self._decode_py2_str(self._read(n)))

    def _load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self._stack.append(self._read(n))

    def _load_short_binbytes(self):
        n = self._read(1)[0]
        self._stack.append(self._read(n))

    def _load_binbytes8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(self._read(n))

    def _load_bytearray8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(bytearray(self._read(n)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self._stack.append(buf)

    def _load_readonly_buffer(self):
        buf = self._top()
        if not isinstance(buf, bytes):
            raise NotImplementedError(
                "pickle: READONLY_BUFFER needs memoryview, which pygil "
                "does not have")

    def _load_unicode(self):
        self._stack.append(_raw_unicode_unescape(self._line_arg()))

    def _load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        pos = self._pos
        end = self._end
        if pos < end:
            n = self._data[pos]
            stop = pos + 1 + n
            if stop <= end:
                self._pos = stop
                self._stack.append(
                    self._data[pos + 1:stop].decode('utf-8', 'surrogatepass'))
                return
        n = self._read(1)[0]
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _load_tuple(self):
        items = self._pop_mark()
        self._stack.append(tuple(items))

    def _load_empty_tuple(self):
        self._stack.append(())

    def _load_tuple1(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        stack[-1] = (stack[-1],)

    def _load_tuple2(self):
        stack = self._stack
        if len(stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        stack[-2:] = [(stack[-2], stack[-1])]

    def _load_tuple3(self):
        stack = self._stack
        if len(stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def _load_empty_list(self):
        self._stack.append([])

    def _load_empty_dict(self):
        self._stack.append({})

    def _load_empty_set(self):
        self._stack.append(set())

    def _load_frozenset(self):
        items = self._pop_mark()
        self._stack.append(frozenset(items))

    def _load_list(self):
        items = self._pop_mark()
        self._stack.append(items)

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._stack.append({items[i]: items[i + 1]
                            for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or \
                hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s"
                                % (klass.__name__, err)) from err
        else:
            value = klass.__new__(klass)
        self._stack.append(value)

    def _load_inst(self):
        module = self._line_arg().decode('ascii')
        name = self._line_arg().decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _load_obj(self):
        args = self._pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._stack.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self._line_arg().decode('utf-8')
        name = self._line_arg().decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._stack.append(self.find_class(module, name))

    def _load_ext1(self):
        self._get_extension(self._read(1)[0])

    def _load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), 'little'))

    def _load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), 'little',
                                           signed=True))

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _END)
        if obj is not _END:
            self._stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self._stack.append(obj)

    def find_class(self, module, name):
        """The object module.name (Python 2 names mapped when
        fix_imports is set and the pickle is protocol 0-2)."""
        if self.proto < 3 and self.fix_imports:
            renamed = _PY2_TO_PY3_NAME.get((module, name))
            if renamed is not None:
                module, name = renamed
            else:
                module = _PY2_TO_PY3_MODULE.get(module, module)
        found = sys.modules.get(module)
        if found is None:
            try:
                __import__(module, level=0)
            except ImportError:
                substitute = _SUBSTITUTE_GLOBALS.get((module, name))
                if substitute is not None:
                    return substitute
                raise
            found = sys.modules[module]
        module = found
        path = name.split('.') if self.proto >= 4 else [name]
        if '<locals>' in path:
            raise AttributeError("Can't pickle local attribute %r on %r"
                                 % (name, module))
        try:
            return _deep_getattr(module, path)[0]
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, module)) from None

    def _load_reduce(self):
        args = self._pop()
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        func = stack[-1]
        stack[-1] = func(*args)

    def _load_pop(self):
        if self._stack:
            self._stack.pop()
        elif self._metastack:
            self._pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self._stack.append(self._top())

    def _memo_get(self, idx):
        try:
            self._stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % idx) from None

    def _load_get(self):
        self._memo_get(int(self._line_arg()))

    def _load_binget(self):
        pos = self._pos
        if pos < self._end:
            self._pos = pos + 1
            idx = self._data[pos]
        else:
            idx = self._read(1)[0]
        self._memo_get(idx)

    def _load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), 'little'))

    def _load_put(self):
        idx = int(self._line_arg())
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _load_binput(self):
        self.memo[self._read(1)[0]] = self._stack[-1]

    def _load_long_binput(self):
        idx = int.from_bytes(self._read(4), 'little')
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def _load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._stack[-1]

    def _load_append(self):
        stack = self._stack
        value = stack.pop()
        stack[-1].append(value)

    def _load_appends(self):
        items = self._pop_mark()
        target = self._stack[-1]
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def _load_setitem(self):
        stack = self._stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        target = self._stack[-1]
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _load_mark(self):
        self._metastack.append(self._stack)
        self._stack = []


_DISPATCH = [Unpickler._bad_opcode] * 256
for _op, _handler in [
        (MARK, Unpickler._load_mark), 
        (POP, Unpickler._load_pop), (POP_MARK, Unpickler._load_pop_mark),
        (DUP, Unpickler._load_dup), (FLOAT, Unpickler._load_float),
        (INT, Unpickler._load_int), (BININT, Unpickler._load_binint),
        (BININT1, Unpickler._load_binint1), (LONG, Unpickler._load_long),
        (BININT2, Unpickler._load_binint2), (NONE, Unpickler._load_none),
        (PERSID, Unpickler._load_persid),
        (BINPERSID, Unpickler._load_binpersid),
        (REDUCE, Unpickler._load_reduce), (STRING, Unpickler._load_string),
        (BINSTRING, Unpickler._load_binstring),
        (SHORT_BINSTRING, Unpickler._load_short_binstring),
        (UNICODE, Unpickler._load_unicode),
        (BINUNICODE, Unpickler._load_binunicode),
        (APPEND, Unpickler._load_append), (BUILD, Unpickler._load_build),
        (GLOBAL, Unpickler._load_global), (DICT, Unpickler._load_dict),
        (EMPTY_DICT, Unpickler._load_empty_dict),
        (APPENDS, Unpickler._load_appends), (GET, Unpickler._load_get),
        (BINGET, Unpickler._load_binget), (INST, Unpickler._load_inst),
        (LONG_BINGET, Unpickler._load_long_binget),
        (LIST, Unpickler._load_list), (EMPTY_LIST, Unpickler._load_empty_list),
        (OBJ, Unpickler._load_obj), (PUT, Unpickler._load_put),
        (BINPUT, Unpickler._load_binput),
        (LONG_BINPUT, Unpickler._load_long_binput),
        (SETITEM, Unpickler._load_setitem), (TUPLE, Unpickler._load_tuple),
        (EMPTY_TUPLE, Unpickler._load_empty_tuple),
        (SETITEMS, Unpickler._load_setitems),
        (BINFLOAT, Unpickler._load_binfloat),
        (PROTO, Unpickler._load_proto), (NEWOBJ, Unpickler._load_newobj),
        (EXT1, Unpickler._load_ext1), (EXT2, Unpickler._load_ext2),
        (EXT4, Unpickler._load_ext4), (TUPLE1, Unpickler._load_tuple1),
        (TUPLE2, Unpickler._load_tuple2), (TUPLE3, Unpickler._load_tuple3),
        (NEWTRUE, Unpickler._load_true), (NEWFALSE, Unpickler._load_false),
        (LONG1, Unpickler._load_long1), (LONG4, Unpickler._load_long4),
        (BINBYTES, Unpickler._load_binbytes),
        (SHORT_BINBYTES, Unpickler._load_short_binbytes),
        (SHORT_BINUNICODE, Unpickler._load_short_binunicode),
        (BINUNICODE8, Unpickler._load_binunicode8),
        (BINBYTES8, Unpickler._load_binbytes8),
        (EMPTY_SET, Unpickler._load_empty_set),
        (ADDITEMS, Unpickler._load_additems),
        (FROZENSET, Unpickler._load_frozenset),
        (NEWOBJ_EX, Unpickler._load_newobj_ex),
        (STACK_GLOBAL, Unpickler._load_stack_global),
        (MEMOIZE, Unpickler._load_memoize), (FRAME, Unpickler._load_frame),
        (BYTEARRAY8, Unpickler._load_bytearray8),
        (NEXT_BUFFER, Unpickler._load_next_buffer),
        (READONLY_BUFFER, Unpickler._load_readonly_buffer)]:
    _DISPATCH[_op[0]] = _handler
del _op, _handler


# ---- shorthands ----------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the file (an object with .write)."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as a bytes object."""
    p = Pickler(_Unwritable, protocol, fix_imports=fix_imports,
                buffer_callback=buffer_callback)
    p.dump(obj)
    return bytes(p._out)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read one pickle from the file (with .read and .readline)."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object a pickle (bytes-like) describes."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(_Unwritable, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    data = bytes(data)
    u._data = data
    u._end = len(data)
    return u.load()


# The pure-Python names CPython also exports.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
