"""Value, Array, RawValue and RawArray: C-typed numbers and arrays shared
by forked processes (the documented behaviour of CPython 3.11's
multiprocessing.sharedctypes, for typecodes; pygil has no ctypes).

pygil has neither mmap nor ctypes, so the shared memory is a file:

* Each process that creates shared objects owns an *arena*: an unlinked
  file in /dev/shm (a RAM-backed tmpfs; the temporary directory where
  there is none).  Objects are carved out of it at fixed offsets and never
  freed.  A forked child inherits the descriptor, so parent and child see
  the same bytes; writes are visible to the other processes at once (the
  page cache is one copy).
* Reads and writes are os.lseek + os.read/os.write of the object's bytes,
  encoded with struct in the machine's native sizes (as ctypes would lay
  them out).  The file offset is shared by every process holding the
  inherited descriptor, so each process re-opens the file through
  /proc/self/fd the first time it touches an arena (its own offset), and
  the threads of one process take a lock around each lseek+read/write.
* A child that creates shared objects gets an arena of its own (two
  processes never allocate in the same file).

Values follow ctypes' conversions: integers wrap around to the type's
width, 'f' rounds to single precision (overflowing to inf, as a C cast),
'c' holds one byte, 'u' one character.  Iterating over an array reads it
once (a snapshot).  Value(..., lock=True) and Array(...) return
synchronized wrappers whose .value / items are read and written under a
multiprocessing RLock (get_lock()), so `with v.get_lock(): v.value += 1`
is atomic across processes.  ctypes types (instead of typecodes) and
structures are not supported (NotImplementedError).
"""

import os
import struct
import threading

from . import synchronize, util

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> (struct format, ctypes name, kind)
_TYPES = {
    'b': ('b', 'c_byte', 'int'), 'B': ('B', 'c_ubyte', 'int'),
    'h': ('h', 'c_short', 'int'), 'H': ('H', 'c_ushort', 'int'),
    'i': ('i', 'c_int', 'int'), 'I': ('I', 'c_uint', 'int'),
    'l': ('l', 'c_long', 'int'), 'L': ('L', 'c_ulong', 'int'),
    'q': ('q', 'c_long', 'int'), 'Q': ('Q', 'c_ulong', 'int'),
    'f': ('f', 'c_float', 'float'), 'd': ('d', 'c_double', 'float'),
    'c': ('c', 'c_char', 'char'), 'u': ('I', 'c_wchar', 'wchar'),
}

_FLT_MAX = 3.4028234663852886e+38


def _converter(typecode):
    fmt, _, kind = _TYPES[typecode]
    size = struct.calcsize(fmt)
    if kind == 'int':
        bits = size * 8
        signed = typecode.islower()

        def conv(v):
            if not hasattr(v, '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__)
            v = v.__index__() & ((1 << bits) - 1)
            if signed and v >> (bits - 1):
                v -= 1 << bits
            return v
    elif kind == 'float':
        def conv(v):
            if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if typecode == 'f' and abs(v) > _FLT_MAX and v == v and abs(v) != float('inf'):
                # Beyond float's range: a C cast gives inf, unless it
                # rounds down to FLT_MAX.
                if abs(v) < 3.4028235677973366e+38:
                    v = _FLT_MAX if v > 0 else -_FLT_MAX
                else:
                    v = float('inf') if v > 0 else float('-inf')
            return v
    elif kind == 'char':
        def conv(v):
            if isinstance(v, (bytes, bytearray)) and len(v) == 1:
                return bytes(v)
            if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 256:
                return bytes([v])
            raise TypeError("one character bytes, bytearray or integer expected")
    else:
        def conv(v):
            if isinstance(v, str) and len(v) == 1:
                return ord(v)
            raise TypeError("one character unicode string expected")
    return conv


def _decoder(typecode):
    if typecode == 'u':
        return chr
    return None


class _Arena:
    """A file shared with forked children, allocated by its creator."""

    def __init__(self):
        self._fd = None
        for folder in ('/dev/shm', os.environ.get('TMPDIR') or '/tmp'):
            path = os.path.join(folder, 'pygil-mp-%d-%s' % (os.getpid(), os.urandom(8).hex()))
            try:
                self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except OSError:
                continue
        if self._fd is None:
            raise OSError("cannot create a shared memory file in /dev/shm or %s" % folder)
        os.unlink(path)
        self._gen = util.fork_generation()
        self._creator = os.getpid()
        self._lock = threading.Lock()
        self._size = 0

    def _local(self):
        # This process's descriptor (own file offset) and thread lock.
        gen = util.fork_generation()
        if self._gen != gen:
            fd = os.open('/proc/self/fd/%d' % self._fd, os.O_RDWR)
            self._fd, self._gen, self._lock = fd, gen, threading.Lock()
        return self._fd, self._lock

    def allocate(self, data):
        """Store data at a new (8-byte aligned) offset; returns it."""
        fd, lock = self._local()
        with lock:
            offset = (self._size + 7) & ~7
            self._size = offset + len(data)
            self._pwrite(fd, offset, data)
        return offset

    @staticmethod
    def _pwrite(fd, offset, data):
        os.lseek(fd, offset, os.SEEK_SET)
        while data:
            n = os.write(fd, data)
            data = data[n:]

    def read(self, offset, size):
        fd, lock = self._local()
        with lock:
            os.lseek(fd, offset, os.SEEK_SET)
            parts = []
            while size > 0:
                b = os.read(fd, size)
                if not b:
                    raise OSError("shared memory file is shorter than expected")
                parts.append(b)
                size -= len(b)
        return b''.join(parts)

    def write(self, offset, data):
        fd, lock = self._local()
        with lock:
            self._pwrite(fd, offset, data)


_arena = None


def _allocate(data):
    global _arena
    if _arena is None or _arena._creator != os.getpid():
        _arena = _Arena()
    return _arena, _arena.allocate(data)


def _check_typecode(typecode_or_type):
    if not isinstance(typecode_or_type, str):
        raise NotImplementedError(
            "pygil's multiprocessing shared values take typecodes only "
            "(no ctypes types), got %r" % (typecode_or_type,))
    if typecode_or_type not in _TYPES:
        raise TypeError("bad typecode (must be one of %s)" % ', '.join(sorted(_TYPES)))
    return typecode_or_type


def _not_picklable(obj):
    raise RuntimeError('%s objects should only be shared between processes '
                       'through inheritance' % type(obj).__name__)


class _RawValue:
    """A single shared C value (what ctypes' c_int(...) would be)."""

    def __init__(self, typecode, value):
        self._typecode = typecode
        fmt = _TYPES[typecode][0]
        self._fmt = fmt
        self._size = struct.calcsize(fmt)
        self._conv = _converter(typecode)
        self._decode = _decoder(typecode)
        self._arena, self._offset = _allocate(struct.pack(fmt, self._conv(value)))

    @property
    def value(self):
        v = struct.unpack(self._fmt, self._arena.read(self._offset, self._size))[0]
        return self._decode(v) if self._decode else v

    @value.setter
    def value(self, v):
        self._arena.write(self._offset, struct.pack(self._fmt, self._conv(v)))

    def __reduce__(self):
        _not_picklable(self)

    def __repr__(self):
        return '%s(%r)' % (_TYPES[self._typecode][1], self.value)


class _RawArray:
    """A shared C array of fixed length."""

    def __init__(self, typecode, size_or_initializer):
        self._typecode = typecode
        fmt = _TYPES[typecode][0]
        self._fmt = fmt
        self._itemsize = struct.calcsize(fmt)
        self._conv = _converter(typecode)
        self._decode = _decoder(typecode)
        if isinstance(size_or_initializer, int):
            self._length = size_or_initializer
            if self._length < 0:
                raise ValueError("Array length must be >= 0")
            data = bytes(self._length * self._itemsize)
        else:
            items = list(size_or_initializer)
            if typecode == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
                items = [bytes([b]) for b in size_or_initializer]
            self._length = len(items)
            data = self._pack([self._conv(v) for v in items])
        self._arena, self._offset = _allocate(data)

    def _pack(self, values):
        if self._typecode == 'c':
            return b''.join(values)
        return struct.pack('%d%s' % (len(values), self._fmt), *values)

    def _unpack(self, data, n):
        if self._typecode == 'c':
            return [data[i:i + 1] for i in range(n)]
        vals = list(struct.unpack('%d%s' % (n, self._fmt), data))
        if self._decode:
            vals = [self._decode(v) for v in vals]
        return vals

    def _read_range(self, start, n):
        if n <= 0:
            return []
        data = self._arena.read(self._offset + start * self._itemsize, n * self._itemsize)
        return self._unpack(data, n)

    def _write_range(self, start, values):
        if values:
            self._arena.write(self._offset + start * self._itemsize,
                              self._pack([self._conv(v) for v in values]))

    def __len__(self):
        return self._length

    def _index(self, i):
        if not hasattr(i, '__index__'):
            raise TypeError("indices must be integers")
        i = i.__index__()
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            if step == 1:
                items = self._read_range(start, stop - start)
            else:
                items = self._read_range(0, self._length)[i]
            # ctypes gives char arrays' slices as bytes, wchar ones as str.
            if self._typecode == 'c':
                return b''.join(items)
            if self._typecode == 'u':
                return ''.join(items)
            return items
        return self._read_range(self._index(i), 1)[0]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            idx = range(start, stop, step)
            values = list(value)
            if len(values) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            if step == 1:
                self._write_range(start, values)
            else:
                for k, v in zip(idx, values):
                    self._write_range(k, [v])
            return
        self._write_range(self._index(i), [value])

    def __iter__(self):
        return iter(self._read_range(0, self._length))

    def __reduce__(self):
        _not_picklable(self)

    # 'c' arrays: the ctypes char-array attributes.
    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        return self.raw.split(b'\0', 1)[0]

    @value.setter
    def value(self, v):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if not isinstance(v, bytes):
            raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
        if len(v) > self._length:
            raise ValueError("byte string too long")
        if len(v) < self._length:
            v += b'\0'
        self._arena.write(self._offset, v)

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self._arena.read(self._offset, self._length)

    @raw.setter
    def raw(self, v):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        v = bytes(v)
        if len(v) > self._length:
            raise ValueError("byte string too long")
        self._arena.write(self._offset, v)

    def __repr__(self):
        return '<%s_Array_%d object>' % (_TYPES[self._typecode][1], self._length)


def RawValue(typecode_or_type, *args):
    """A shared value without a lock."""
    typecode = _check_typecode(typecode_or_type)
    if len(args) > 1:
        raise TypeError("RawValue() takes at most one initial value")
    default = b'\0' if typecode == 'c' else ('\0' if typecode == 'u' else 0)
    return _RawValue(typecode, args[0] if args else default)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock."""
    return _RawArray(_check_typecode(typecode_or_type), size_or_initializer)


def _lock_for(lock):
    if lock is True or lock is None:
        return synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value; with lock (the default) a synchronized wrapper."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array; with lock (the default) a synchronized wrapper."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock))


def copy(obj):
    """A new raw shared object with obj's contents."""
    if isinstance(obj, _RawValue):
        return _RawValue(obj._typecode, obj.value)
    return _RawArray(obj._typecode, list(obj))


def synchronized(obj, lock=None, ctx=None):
    """Wrap a raw shared object so every access holds lock."""
    lock = _lock_for(lock)
    if isinstance(obj, _RawValue):
        return Synchronized(obj, lock)
    if obj._typecode == 'c':
        return SynchronizedString(obj, lock)
    return SynchronizedArray(obj, lock)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        _not_picklable(self)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        return self[start:stop]

    def __iter__(self):
        with self._lock:
            return iter(self._obj)


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v
