"""pygil's io module: streams for files, bytes and text.

This is a pure-Python implementation written for pygil.  It follows the
documented behaviour of CPython 3.11's io module: the class hierarchy
(IOBase, RawIOBase, BufferedIOBase, TextIOBase), the concrete classes
(FileIO, BufferedReader/Writer/Random/RWPair, TextIOWrapper, StringIO,
BytesIO) and open().

Files are reached through the native os module (os.open, os.read,
os.write, os.lseek, os.close, os.fstat, os.isatty).

Known simplifications (documented, not silent):
  * TextIOWrapper decodes incrementally only for UTF-8 (also 'utf-8-sig'),
    ASCII and Latin-1; other encodings raise NotImplementedError.
  * tell() on a TextIOWrapper returns a plain byte offset (always valid for
    seek()); CPython's opaque cookies are not needed for these codecs.
  * Buffered objects do not take a lock: share one between threads only
    with your own locking.
"""

import os

__all__ = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
    "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
    "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
    "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
    "IncrementalNewlineDecoder",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192

# Size of the byte chunks a TextIOWrapper asks its buffer for.
_TEXT_CHUNK = 8192

# errno values used here (Linux numbering; the native errno module is
# preferred when it is there).
try:
    import errno as _errno
    _EISDIR = _errno.EISDIR
    _EAGAIN = _errno.EAGAIN
except ImportError:            # pragma: no cover - errno is native in pygil
    _EISDIR = 21
    _EAGAIN = 11


def _line_end(text, start, newline):
    """Index just past the first line ending at or after start in text, or
    -1.  `newline` is the stream's newline setting: None ('\n' after
    translation) and '\n' end lines at '\n'; '' at '\n', '\r' or '\r\n';
    anything else at itself."""
    if newline is None or newline == "\n":
        i = text.find("\n", start)
        return i + 1 if i >= 0 else -1
    if newline == "":
        i = text.find("\n", start)
        j = text.find("\r", start, i if i >= 0 else len(text))
        if j >= 0:
            # '\r' first: a line end by itself or as part of '\r\n'.
            return j + 2 if text.startswith("\n", j + 1) else j + 1
        return i + 1 if i >= 0 else -1
    i = text.find(newline, start)
    return i + len(newline) if i >= 0 else -1


class UnsupportedOperation(OSError, ValueError):
    """Raised when an operation is not supported by the stream."""


UnsupportedOperation.__module__ = "io"

BlockingIOError = BlockingIOError


def _int_index(value, what="argument"):
    """Return value as an int, accepting objects with __index__."""
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _size_arg(size):
    """Normalise a read size argument: None and negatives mean 'all' (-1)."""
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if isinstance(size, float) or not hasattr(type(size), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return type(size).__index__(size)


def _check_whence(whence):
    if whence not in (0, 1, 2):
        raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))


def _as_bytes(b):
    """Return a bytes-like argument as something os.write/join accept."""
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__)


def _copy_into(buf, data):
    """Copy data into the writable buffer buf; return the count copied."""
    n = len(data)
    if n:
        buf[:n] = data
    return n


# ---------------------------------------------------------------------------
# Abstract base classes
# ---------------------------------------------------------------------------

class IOBase:
    """Base class of all streams.

    Gives the common protocol: context manager, iteration over lines,
    readline/readlines/writelines built on read, closed/close/flush, and
    UnsupportedOperation for whatever a subclass does not override.
    """

    # The flag name is private so subclasses with a `closed` property of
    # their own (delegating to a raw stream) keep working.
    _IOBase_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    # -- positioning ---------------------------------------------------
    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    # -- flushing and closing -----------------------------------------
    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._IOBase_closed:
            try:
                self.flush()
            finally:
                self._IOBase_closed = True

    def __del__(self):
        # Best effort, like CPython: an unreferenced stream gets flushed
        # and closed.  Errors are swallowed; there is nobody to report to.
        try:
            closed = self.closed
        except Exception:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    @property
    def closed(self):
        return self._IOBase_closed

    # -- capabilities -------------------------------------------------
    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    # -- context manager ----------------------------------------------
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    # -- misc ---------------------------------------------------------
    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    # -- lines ----------------------------------------------------------
    def readline(self, size=-1):
        """Read and return one line (bytes) of at most size bytes."""
        size = _size_arg(size)
        peek = getattr(self, "peek", None)
        out = bytearray()
        while size < 0 or len(out) < size:
            # With peek() we can take a whole run up to the newline at
            # once; otherwise fall back to one byte at a time.
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                nl = ahead.find(b"\n")
                want = nl + 1 if nl >= 0 else len(ahead)
                if size >= 0:
                    want = min(want, size - len(out))
            chunk = self.read(want)
            if not chunk:
                break
            out += chunk
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return the remaining lines; stop once hint bytes/chars are read."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for unbuffered binary streams: read() is built on readinto()."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                if data is None and not chunks:
                    return None
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        raise NotImplementedError("readinto")

    def write(self, b):
        raise NotImplementedError("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def readinto(self, b):
        data = self.read(len(b))
        return _copy_into(b, data)

    def readinto1(self, b):
        data = self.read1(len(b))
        return _copy_into(b, data)

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---------------------------------------------------------------------------
# FileIO
# ---------------------------------------------------------------------------

def _flag(name):
    return getattr(os, name, 0)


class FileIO(RawIOBase):
    """Raw binary file over an OS file descriptor."""

    _fd = -1
    _closefd = True

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            # Re-initialising an open object: drop the old descriptor.
            if self._closefd:
                os.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, bool):
            file = int(file)
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s"
                            % type(mode).__name__)

        # Parse the mode: each letter once, exactly one of r/w/x/a.
        seen = set()
        for ch in mode:
            if ch not in "rwxab+" or ch in seen:
                raise ValueError("invalid mode: %s" % mode)
            seen.add(ch)
        if len(seen & set("rwxa")) != 1:
            raise ValueError("Must have exactly one of create/read/write/"
                             "append mode and at most one plus")
        self._created = "x" in seen
        self._appending = "a" in seen
        self._readable = "r" in seen or "+" in seen
        self._writable = not ("r" in seen) or "+" in seen

        if "+" in seen:
            flags = os.O_RDWR
        elif "r" in seen:
            flags = os.O_RDONLY
        else:
            flags = os.O_WRONLY
        if self._created:
            flags |= os.O_CREAT | _flag("O_EXCL")
        elif "w" in seen:
            flags |= os.O_CREAT | _flag("O_TRUNC")
        elif self._appending:
            flags |= os.O_CREAT | _flag("O_APPEND")
        flags |= _flag("O_BINARY") | _flag("O_CLOEXEC")

        self._seekable_cache = None
        self._blksize = DEFAULT_BUFFER_SIZE
        owned = False
        try:
            if fd < 0:
                if not closefd:
                    raise ValueError("Cannot use closefd=False with file name")
                if opener is None:
                    fd = os.open(file, flags, 0o666)
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError("expected integer from opener")
                    if fd < 0:
                        raise ValueError("opener returned %d" % fd)
                owned = True
            st = None
            try:
                st = os.fstat(fd)
            except OSError:
                pass
            if st is not None:
                if (st.st_mode & 0o170000) == 0o040000:
                    raise IsADirectoryError(_EISDIR, os.strerror(_EISDIR),
                                            file)
                blk = getattr(st, "st_blksize", 0)
                if blk and blk > 1:
                    self._blksize = blk
            self._fd = fd
            self._closefd = closefd
            self.name = file
            if self._appending:
                # Position at the end so tell() is right from the start.
                try:
                    os.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
        except BaseException:
            if owned:
                os.close(fd)
            self._fd = -1
            raise

    # -- representation ------------------------------------------------
    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        try:
            name = self.name
        except AttributeError:
            return "<_io.FileIO fd=%d mode=%r closefd=%r>" % (
                self._fd, self.mode, self._closefd)
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (
            name, self.mode, self._closefd)

    # -- state checks --------------------------------------------------
    def _checkClosed(self, msg=None):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file"
                             if msg is None else msg)

    @property
    def closed(self):
        return self._fd < 0

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        if self._seekable_cache is None:
            try:
                os.lseek(self._fd, 0, SEEK_CUR)
            except OSError:
                self._seekable_cache = False
            else:
                self._seekable_cache = True
        return self._seekable_cache

    def fileno(self):
        self._checkClosed()
        return self._fd

    def isatty(self):
        self._checkClosed()
        return os.isatty(self._fd)

    # -- reading -------------------------------------------------------
    def _check_can_read(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_can_read()
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        try:
            return os.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        self._check_can_read()
        # Start with a guess from the file size; grow geometrically.
        want = DEFAULT_BUFFER_SIZE
        try:
            end = os.fstat(self._fd).st_size
            pos = os.lseek(self._fd, 0, SEEK_CUR)
            if end > pos:
                want = end - pos + 1
        except OSError:
            pass
        chunks = []
        while True:
            try:
                data = os.read(self._fd, want)
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not data:
                break
            chunks.append(data)
            if want < 1 << 20:
                want *= 2
        return b"".join(chunks)

    def readinto(self, b):
        self._check_can_read()
        try:
            data = os.read(self._fd, len(b))
        except BlockingIOError:
            return None
        return _copy_into(b, data)

    # -- writing -------------------------------------------------------
    def write(self, b):
        self._check_can_write()
        data = _as_bytes(b)
        try:
            return os.write(self._fd, data)
        except BlockingIOError:
            return None

    # -- positioning ---------------------------------------------------
    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return os.lseek(self._fd, _int_index(pos), whence)

    def tell(self):
        self._checkClosed()
        return os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_can_write()
        if size is None:
            size = self.tell()
        ftruncate = getattr(os, "ftruncate", None)
        if ftruncate is None:
            raise NotImplementedError("FileIO.truncate: os.ftruncate is "
                                      "not available")
        ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd < 0:
            return
        try:
            # RawIOBase.close flushes (a no-op for files) and sets the flag.
            RawIOBase.close(self)
        finally:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                os.close(fd)


# ---------------------------------------------------------------------------
# Buffered binary streams
# ---------------------------------------------------------------------------

class _BufferedBase(BufferedIOBase):
    """What every buffered wrapper around a raw stream shares."""

    _kind = "Buffered"

    def _init_raw(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    def _live_raw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw

    @property
    def closed(self):
        return self._live_raw().closed

    @property
    def name(self):
        return self._live_raw().name

    @property
    def mode(self):
        return self._live_raw().mode

    def __repr__(self):
        cls = "_io." + type(self).__name__
        try:
            name = self.name
        except Exception:
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)

    def fileno(self):
        return self._live_raw().fileno()

    def isatty(self):
        return self._live_raw().isatty()

    def seekable(self):
        return self._live_raw().seekable()

    def readable(self):
        return self._live_raw().readable()

    def writable(self):
        return self._live_raw().writable()

    def _check_open(self, what):
        if self._live_raw().closed:
            raise ValueError("%s of closed file" % what)

    def flush(self):
        self._live_raw()
        if self.closed:
            raise ValueError("flush of closed file")

    def close(self):
        raw = self._live_raw()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._live_raw()
        self.flush()
        self._raw = None
        return raw

    def _before_truncate(self):
        """Push out pending writes (a hook BufferedRandom extends)."""
        self.flush()

    def truncate(self, pos=None):
        self._check_open("truncate")
        if not self.writable():
            raise UnsupportedOperation("truncate")
        self._before_truncate()
        # With pos None the raw stream truncates at its own position
        # (after an appending write that is the end of the file).
        return self._live_raw().truncate(pos)


class BufferedReader(_BufferedBase):
    """Buffered reader over a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        self._init_raw(raw, buffer_size)
        self._rbuf = b""       # read-ahead bytes
        self._rpos = 0         # how much of _rbuf is already consumed

    # The read-ahead is `_rbuf[_rpos:]`.
    def _available(self):
        return len(self._rbuf) - self._rpos

    def _drop_read_buffer(self):
        self._rbuf = b""
        self._rpos = 0

    def _take(self, n):
        """Return up to n buffered bytes (all if n < 0) and consume them."""
        start = self._rpos
        if n < 0 or start + n >= len(self._rbuf):
            data = self._rbuf[start:] if start else self._rbuf
            self._drop_read_buffer()
            return data
        self._rpos = start + n
        return self._rbuf[start:start + n]

    def _raw_read(self, n):
        """One raw read, retried on EINTR; returns bytes or None."""
        while True:
            try:
                return self._raw.read(n)
            except InterruptedError:
                continue

    def _fill(self):
        """Refill an empty buffer with one raw read; return bytes got."""
        data = self._raw_read(self.buffer_size)
        if data is None:
            return None
        self._rbuf = data
        self._rpos = 0
        return len(data)

    def _before_read(self):
        """Hook for BufferedRandom: push out pending writes first."""

    def read(self, size=-1):
        self._check_open("read")
        size = _size_arg(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._before_read()
        if size < 0:
            chunks = [self._take(-1)]
            readall = getattr(self._raw, "readall", None)
            if readall is not None:
                data = readall()
                if data is None:
                    return chunks[0] or None
                chunks.append(data)
            else:
                while True:
                    data = self._raw_read(DEFAULT_BUFFER_SIZE)
                    if not data:
                        if data is None and not any(chunks):
                            return None
                        break
                    chunks.append(data)
            return b"".join(chunks)
        if size <= self._available():
            return self._take(size)
        chunks = [self._take(-1)]
        got = len(chunks[0])
        while got < size:
            want = size - got
            data = self._raw_read(max(want, self.buffer_size))
            if not data:
                if data is None and got == 0:
                    return None
                break
            if len(data) > want:
                # Keep the surplus as read-ahead.
                self._rbuf = data
                self._rpos = want
                data = data[:want]
            chunks.append(data)
            got += len(data)
        return b"".join(chunks)

    def read1(self, size=-1):
        self._check_open("read")
        size = _size_arg(size)
        self._before_read()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._available():
            return self._take(size)
        # One raw read at most.
        data = self._raw_read(max(size, self.buffer_size))
        if not data:
            return b"" if data is not None else None
        if len(data) > size:
            self._rbuf = data
            self._rpos = size
            return data[:size]
        return data

    def peek(self, size=0):
        self._check_open("peek")
        self._before_read()
        if not self._available():
            self._fill()
        return self._rbuf[self._rpos:]

    def readinto(self, b):
        data = self.read(len(b))
        if data is None:
            return None
        return _copy_into(b, data)

    def readinto1(self, b):
        data = self.read1(len(b))
        if data is None:
            return None
        return _copy_into(b, data)

    def readline(self, size=-1):
        self._check_open("readline")
        size = _size_arg(size)
        self._before_read()
        chunks = []
        got = 0
        while size < 0 or got < size:
            if not self._available():
                n = self._fill()
                if not n:
                    break
            buf = self._rbuf
            start = self._rpos
            nl = buf.find(b"\n", start)
            end = nl + 1 if nl >= 0 else len(buf)
            if size >= 0 and end - start > size - got:
                end = start + size - got
            chunks.append(buf[start:end])
            got += end - start
            self._rpos = end
            if self._rpos >= len(buf):
                self._drop_read_buffer()
            if nl >= 0 and end == nl + 1:
                break
        return b"".join(chunks)

    def tell(self):
        pos = self._live_raw().tell() - self._available()
        return pos if pos > 0 else 0

    def seek(self, pos, whence=SEEK_SET):
        _check_whence(whence)
        self._check_open("seek")
        pos = _int_index(pos)
        if whence == SEEK_CUR:
            pos -= self._available()
        result = self._raw.seek(pos, whence)
        self._drop_read_buffer()
        return result


class BufferedWriter(_BufferedBase):
    """Buffered writer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._init_raw(raw, buffer_size)
        self._wbuf = bytearray()

    def _before_write(self):
        """Hook for BufferedRandom: forget read-ahead first."""

    def write(self, b):
        if self._raw is not None and self._raw.closed:
            raise ValueError("write to closed file")
        data = _as_bytes(b)
        self._before_write()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        raw = self._live_raw()
        while self._wbuf:
            try:
                n = raw.write(self._wbuf)
            except InterruptedError:
                continue
            if n is None:
                raise BlockingIOError(_EAGAIN, "write could not complete "
                                      "without blocking", 0)
            if n > len(self._wbuf) or n < 0:
                raise OSError("raw write() returned invalid length %d" % n)
            del self._wbuf[:n]

    def flush(self):
        raw = self._live_raw()
        if raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()

    def tell(self):
        return self._live_raw().tell() + len(self._wbuf)

    def seek(self, pos, whence=SEEK_SET):
        _check_whence(whence)
        self._check_open("seek")
        pos = _int_index(pos)
        self._flush_writes()
        return self._raw.seek(pos, whence)


class BufferedRandom(BufferedWriter, BufferedReader):
    """Buffered reader and writer on one seekable raw stream.

    Reads and writes share the raw file position, so a read first pushes
    out pending writes, and a write first rewinds the raw stream over any
    unconsumed read-ahead.
    """

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        BufferedReader.__init__(self, raw, buffer_size)
        self._wbuf = bytearray()
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _before_read(self):
        if self._wbuf:
            self._flush_writes()

    def _before_truncate(self):
        self._before_write()
        self._flush_writes()

    def _before_write(self):
        ahead = self._available()
        if ahead:
            self._raw.seek(-ahead, SEEK_CUR)
        self._drop_read_buffer()

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def seek(self, pos, whence=SEEK_SET):
        _check_whence(whence)
        self._check_open("seek")
        pos = _int_index(pos)
        self._flush_writes()
        if whence == SEEK_CUR:
            pos -= self._available()
        result = self._raw.seek(pos, whence)
        self._drop_read_buffer()
        return result



class BufferedRWPair(BufferedIOBase):
    """A reader and a writer (two raw streams) seen as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# ---------------------------------------------------------------------------
# Text streams
# ---------------------------------------------------------------------------

# Encodings TextIOWrapper can decode incrementally, by normalised name.
_CODEC_ALIASES = {}
for _names, _canon in (
        (("utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2",
          "utf8-ucs4"), "utf-8"),
        (("utf-8-sig", "utf8-sig"), "utf-8-sig"),
        (("ascii", "us-ascii", "us", "646", "ansi-x3.4-1968", "ansi-x3-4-1968",
          "ansi-x3.4-1986", "cp367", "csascii", "ibm367", "iso646-us",
          "iso-646.irv-1991", "iso-ir-6"), "ascii"),
        (("latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1",
          "8859", "cp819", "iso-ir-100", "csisolatin1", "ibm819",
          "iso-8859-1-1987"), "latin-1")):
    for _n in _names:
        _CODEC_ALIASES[_n] = _canon
del _names, _canon, _n


def _canonical_codec(encoding):
    key = encoding.strip().lower().replace("_", "-").replace(" ", "-")
    canon = _CODEC_ALIASES.get(key)
    if canon is None:
        # Unknown to us: let the native codec machinery say whether it
        # exists at all (LookupError), else admit our limitation.
        "".encode(encoding)
        raise NotImplementedError(
            "TextIOWrapper: encoding %r is not supported by pygil yet "
            "(utf-8, ascii and latin-1 are)" % (encoding,))
    return canon


_BOM_UTF8 = b"\xef\xbb\xbf"


def _utf8_complete_len(data):
    """Length of the longest prefix of data not ending inside a UTF-8
    sequence that could still be completed by more bytes."""
    n = len(data)
    i = n - 1
    # Walk back over at most three continuation bytes to a lead byte.
    while i >= 0 and n - i <= 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0:
        return n
    lead = data[i]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return n
    return i if n - i < need else n


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a buffered binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be "
                            "str or None, not %s" % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be "
                            "str or None, not %s" % type(errors).__name__)
        self._check_newline(newline)
        if encoding is None or encoding == "locale":
            # pygil's locale encoding is always UTF-8; CPython reports it
            # as 'UTF-8' on a UTF-8 locale.
            encoding = "UTF-8"
        self._codec = _canonical_codec(encoding)
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self.buffer = buffer
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._has_read = False
        self._seekable = False
        try:
            self._seekable = bool(buffer.seekable())
        except Exception:
            pass
        self._reset_read_state()
        # Encoded text not yet handed to the buffer.  Like CPython, reads
        # do not push it out: it goes to the buffer when it reaches a
        # chunk, or on flush()/tell()/seek()/close().
        self._pending = []
        self._pending_len = 0
        self._bom_pending = False
        if self._codec == "utf-8-sig":
            self._bom_pending = True
            if self._seekable and self.writable():
                try:
                    if buffer.tell() != 0:
                        self._bom_pending = False
                except OSError:
                    pass

    @staticmethod
    def _check_newline(newline):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str "
                            "or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))

    def _set_newline(self, newline):
        self._newline = newline
        self._readtranslate = newline is None
        self._readuniversal = not newline      # None or ''
        # A trailing '\r' in a chunk must wait for the next byte when it
        # may start a '\r\n' pair that matters.
        self._hold_cr = newline in (None, "", "\r\n")
        self._writetranslate = newline != ""
        self._writenl = newline or os.linesep
        self._seen_nl = 0

    def _reset_read_state(self):
        self._decoded = ""        # translated text of the current chunk
        self._decoded_pos = 0     # chars of it already consumed
        self._raw_text = ""       # same text before newline translation
        self._chunk_bytes = b""   # bytes the current chunk came from
        self._carry = b""         # bytes read but not decoded yet

    # -- attributes ----------------------------------------------------
    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        kinds = []
        if self._seen_nl & 1:
            kinds.append("\r")
        if self._seen_nl & 2:
            kinds.append("\n")
        if self._seen_nl & 4:
            kinds.append("\r\n")
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def name(self):
        return self._live_buffer().name

    @property
    def closed(self):
        return self._live_buffer().closed

    def _live_buffer(self):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self.buffer

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except Exception:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            parts.append(" mode=%r" % (mode,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    # -- delegation ----------------------------------------------------
    def fileno(self):
        return self._live_buffer().fileno()

    def isatty(self):
        return self._live_buffer().isatty()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def readable(self):
        return self._live_buffer().readable()

    def writable(self):
        return self._live_buffer().writable()

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_len = 0
            self.buffer.write(data)

    def flush(self):
        buf = self._live_buffer()
        if buf.closed:
            raise ValueError("I/O operation on closed file.")
        self._flush_pending()
        buf.flush()

    def close(self):
        buf = self._live_buffer()
        if buf.closed:
            return
        try:
            self.flush()
        finally:
            buf.close()

    def detach(self):
        buf = self._live_buffer()
        self.flush()
        self.buffer = None
        return buf

    def _checkClosed(self, msg=None):
        if self._live_buffer().closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    # -- decoding ------------------------------------------------------
    def _decode(self, data, final):
        """Decode as much of data as possible; return (text, used)."""
        if self._codec in ("utf-8", "utf-8-sig"):
            used = len(data) if final else _utf8_complete_len(data)
            return data[:used].decode("utf-8", self._errors), used
        return data.decode(self._codec, self._errors), len(data)

    def _next_chunk(self):
        """Read and decode the next chunk into the current-chunk state.

        Returns False at end of stream (or when a non-blocking stream has
        nothing), True when the caller may look at the new chunk.
        """
        self._has_read = True
        reader = getattr(self.buffer, "read1", None) or self.buffer.read
        data = reader(_TEXT_CHUNK)
        if data is None:
            return False
        eof = not data
        raw = self._carry + data if self._carry else data
        if self._bom_pending and self._codec == "utf-8-sig":
            if len(raw) < 3 and not eof and _BOM_UTF8.startswith(raw):
                self._carry = raw
                self._chunk_bytes = b""
                self._decoded, self._decoded_pos, self._raw_text = "", 0, ""
                return True
            self._bom_pending = False
            if raw.startswith(_BOM_UTF8):
                raw = raw[3:]
        text, used = self._decode(raw, eof)
        if self._hold_cr and not eof and text.endswith("\r"):
            # Wait for the next byte: it may be the '\n' of a '\r\n'.
            text = text[:-1]
            used -= 1
        self._carry = raw[used:]
        self._chunk_bytes = raw[:used]
        self._raw_text = text
        if self._readuniversal and ("\r" in text or "\n" in text):
            crlf = text.count("\r\n")
            if crlf:
                self._seen_nl |= 4
            if text.count("\r") > crlf:
                self._seen_nl |= 1
            if text.count("\n") > crlf:
                self._seen_nl |= 2
            if self._readtranslate and "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._decoded = text
        self._decoded_pos = 0
        return not (eof and not text)

    def _take(self, n):
        """Consume up to n chars (all if n < 0) of the current chunk."""
        start = self._decoded_pos
        text = self._decoded
        if n < 0 or start + n >= len(text):
            self._decoded_pos = len(text)
            return text[start:] if start else text
        self._decoded_pos = start + n
        return text[start:start + n]

    def _check_can_read(self):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_can_read()
        size = _size_arg(size)
        if size < 0:
            # As in CPython, only read() of everything pushes pending
            # writes out first.
            self._flush_pending()
        pieces = [self._take(size)]
        need = size - len(pieces[0])
        if size < 0:
            while self._next_chunk():
                pieces.append(self._take(-1))
        else:
            while need > 0 and self._next_chunk():
                piece = self._take(need)
                pieces.append(piece)
                need -= len(piece)
        return "".join(pieces)

    def readline(self, size=-1):
        self._check_can_read()
        if size is None:
            size = -1
        size = _int_index(size)
        pieces = []
        got = 0
        if self._decoded_pos >= len(self._decoded):
            # Like CPython, fetch a chunk even for readline(0).
            if not self._next_chunk():
                return ""
        while True:
            start = self._decoded_pos
            end = _line_end(self._decoded, start, self._newline)
            found = end >= 0
            if not found:
                end = len(self._decoded)
            if size >= 0 and end - start > size - got:
                end = start + (size - got)
                found = False
            if end > start:
                pieces.append(self._decoded[start:end])
                got += end - start
                self._decoded_pos = end
            if found or (size >= 0 and got >= size):
                break
            if not self._next_chunk():
                break
        return "".join(pieces)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing -------------------------------------------------------
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        text = s
        if self._writetranslate and self._writenl != "\n" and "\n" in text:
            text = text.replace("\n", self._writenl)
        codec = "utf-8" if self._codec == "utf-8-sig" else self._codec
        data = text.encode(codec, self._errors)
        if self._bom_pending and self._codec == "utf-8-sig":
            data = _BOM_UTF8 + data
            self._bom_pending = False
        if self._pending_len + len(data) > _TEXT_CHUNK:
            self._flush_pending()
        self._pending.append(data)
        self._pending_len += len(data)
        needflush = self._line_buffering and ("\n" in s or "\r" in s)
        if self._pending_len >= _TEXT_CHUNK or needflush or \
                self._write_through:
            self._flush_pending()
        if needflush:
            self.buffer.flush()
        # Like CPython, writing forgets any read-ahead text and resets the
        # decoder (and so the newlines seen).
        if self._decoded or self._carry:
            self._reset_read_state()
        self._seen_nl = 0
        return length

    # -- positioning ---------------------------------------------------
    def _bytes_for(self, nchars):
        """Bytes of the current chunk that produced its first nchars chars."""
        raw = self._raw_text
        if nchars <= 0:
            return 0
        if nchars >= len(self._decoded):
            return len(self._chunk_bytes)
        ri = nchars
        if self._readtranslate and "\r\n" in raw:
            # Map a translated index back: every collapsed '\r\n' pair
            # before it stands for one extra raw character.
            ri = 0
            ti = 0
            n = len(raw)
            while ti < nchars:
                if raw[ri] == "\r" and ri + 1 < n and raw[ri + 1] == "\n":
                    ri += 2
                else:
                    ri += 1
                ti += 1
        if self._codec != "utf-8" and self._codec != "utf-8-sig":
            return ri           # one byte per character
        if self._errors in ("strict", "surrogateescape", "surrogatepass"):
            return len(raw[:ri].encode("utf-8", self._errors))
        # Lossy error handlers: find the shortest byte prefix decoding to
        # ri characters.
        data = self._chunk_bytes
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            cut = _utf8_complete_len(data[:mid])
            if len(data[:cut].decode("utf-8", self._errors)) >= ri:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        pos = self.buffer.tell()
        if not self._decoded and not self._carry and not self._chunk_bytes:
            return pos
        unread = (len(self._carry) + len(self._chunk_bytes)
                  - self._bytes_for(self._decoded_pos))
        return pos - unread

    def seek(self, cookie, whence=SEEK_SET):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative "
                                           "seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative "
                                           "seeks")
            self.flush()
            self._reset_read_state()
            self._seen_nl = 0
            pos = self.buffer.seek(0, SEEK_END)
            self._bom_pending = False
            return pos
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        cookie = _int_index(cookie)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self.buffer.seek(cookie)
        self._reset_read_state()
        self._seen_nl = 0         # the decoder starts afresh
        if self._codec == "utf-8-sig":
            self._bom_pending = cookie == 0
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change encoding, errors, newline or buffering flags in place."""
        if self._has_read and (encoding is not None or errors is not None
                               or newline is not Ellipsis):
            raise UnsupportedOperation("It is not possible to set the "
                                       "encoding or newline of stream after "
                                       "the first read")
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError("reconfigure() argument 'encoding' must be "
                                "str or None, not %s"
                                % type(encoding).__name__)
            if encoding == "locale":
                encoding = "UTF-8"
            codec = _canonical_codec(encoding)
            if errors is None:
                errors = "strict"
        if errors is not None and not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str or "
                            "None, not %s" % type(errors).__name__)
        if newline is not Ellipsis:
            self._check_newline(newline)
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._codec = codec
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


# ---------------------------------------------------------------------------
# In-memory streams
# ---------------------------------------------------------------------------

class StringIO(TextIOBase):
    """Text stream kept in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._closed = False
        self._newline = newline
        # Writes collapse '\r\n' and '\r' to '\n' when newline is None;
        # '\r' and '\r\n' modes expand '\n' on write.
        self._seen_nl = 0
        self._value = ""
        self._pieces = None    # pending appends, joined lazily
        self._pos = 0
        self._size = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # Data lives in _value, plus _pieces appended after it while the
    # position stays at the end (cheap repeated writes).
    def _materialize(self):
        if self._pieces:
            self._value = self._value + "".join(self._pieces)
            self._pieces = None
        return self._value

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file"
                             if msg is None else msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._value = ""
        self._pieces = None

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    @property
    def newlines(self):
        self._checkClosed()
        kinds = []
        if self._seen_nl & 1:
            kinds.append("\r")
        if self._seen_nl & 2:
            kinds.append("\n")
        if self._seen_nl & 4:
            kinds.append("\r\n")
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._materialize()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        length = len(s)
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s or "\n" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen_nl |= 4
                if s.count("\r") > crlf:
                    self._seen_nl |= 1
                if s.count("\n") > crlf:
                    self._seen_nl |= 2
            if nl is None and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        if not s:
            return length
        if self._pos == self._size:
            if self._pieces is None:
                self._pieces = []
            self._pieces.append(s)
        else:
            value = self._materialize()
            if self._pos > self._size:
                value = value + "\0" * (self._pos - self._size)
            value = value[:self._pos] + s + value[self._pos + len(s):]
            self._value = value
        self._pos += len(s)
        if self._pos > self._size:
            self._size = self._pos
        return length

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        value = self._materialize()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        size = _int_index(size)
        value = self._materialize()
        start = self._pos
        if start >= self._size:
            return ""
        end = _line_end(value, start, self._newline)
        if end < 0:
            end = self._size
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return value[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        pos = _int_index(pos)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            self._pos = self._size
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        pos = _int_index(pos)
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self._size:
            self._value = self._materialize()[:pos]
            self._size = pos
        return pos

    def detach(self):
        self._unsupported("detach")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(BufferedIOBase):
    """Binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def flush(self):
        self._checkClosed()

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        try:
            return memoryview(self._buf)
        except NameError:
            raise NotImplementedError("BytesIO.getbuffer: memoryview is not "
                                      "available")

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        n = len(self._buf)
        start = min(self._pos, n)
        end = n if size < 0 else min(n, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        return _copy_into(b, data)

    readinto1 = readinto

    def readline(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        n = len(self._buf)
        start = self._pos
        if start >= n:
            return b""
        i = self._buf.find(b"\n", start)
        end = n if i < 0 else i + 1
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return bytes(self._buf[start:end])

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        pos = _int_index(pos)
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        pos = _int_index(pos)
        if pos < 0:
            raise ValueError("negative size value %d" % pos)
        del self._buf[pos:]
        return pos

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


# ---------------------------------------------------------------------------
# A newline decoder for callers that want one (codecs-free version)
# ---------------------------------------------------------------------------

class IncrementalNewlineDecoder:
    """Translate '\\r\\n' and '\\r' to '\\n' over a stream of text pieces.

    decoder is an incremental decoder with decode(input, final) or None
    (then the input must already be str).
    """

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.reset()

    def reset(self):
        self._pendingcr = False
        self._seen = 0
        if self.decoder is not None:
            self.decoder.reset()

    def decode(self, input, final=False):
        text = input if self.decoder is None else \
            self.decoder.decode(input, final=final)
        if self._pendingcr and (text or final):
            text = "\r" + text
            self._pendingcr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pendingcr = True
        crlf = text.count("\r\n")
        if crlf:
            self._seen |= 4
        if text.count("\r") > crlf:
            self._seen |= 1
        if text.count("\n") > crlf:
            self._seen |= 2
        if self.translate and "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n"))
                 if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))


# ---------------------------------------------------------------------------
# open()
# ---------------------------------------------------------------------------

def text_encoding(encoding, stacklevel=2):
    """Return encoding, or "locale" when it is None (PEP 597)."""
    if encoding is None:
        return "locale"
    return encoding


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Open file and return a stream (see the io module documentation)."""
    if not isinstance(file, int):
        file = os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s"
                        % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, "
                        "not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, "
                        "not %s" % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, "
                        "not %s" % type(newline).__name__)

    letters = set()
    for ch in mode:
        if ch not in "rwxabt+" or ch in letters:
            raise ValueError("invalid mode: %r" % (mode,))
        letters.add(ch)
    creating = "x" in letters
    reading = "r" in letters
    writing = "w" in letters
    appending = "a" in letters
    updating = "+" in letters
    text = "t" in letters
    binary = "b" in letters
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append "
                         "mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        TextIOWrapper._check_newline(newline)

    rawmode = ("x" if creating else "") + ("r" if reading else "") + \
        ("w" if writing else "") + ("a" if appending else "") + \
        ("+" if updating else "")
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return buffer
        wrapper = TextIOWrapper(buffer, encoding, errors, newline,
                                line_buffering)
        result = wrapper
        wrapper.mode = mode
        return wrapper
    except BaseException:
        result.close()
        raise


def open_code(path):
    """Open path for reading as code: binary, read-only."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")
