"""Tests of lib/io.py (as pyg_io under CPython)."""

import os

from util import eq, raises, tmpfile, pyg_io

io = pyg_io()


def _write_bytes(path, data):
    with io.open(path, "wb") as f:
        f.write(data)


def _read_bytes(path):
    with io.open(path, "rb") as f:
        return f.read()


def test_open_mode_validation():
    path = tmpfile()
    _write_bytes(path, b"")
    raises(ValueError, io.open, path, "rw",
           msg="must have exactly one of create/read/write/append mode")
    raises(ValueError, io.open, path, "rU", msg="invalid mode: 'rU'")
    raises(ValueError, io.open, path, "rr", msg="invalid mode: 'rr'")
    raises(ValueError, io.open, path, "rt+b",
           msg="can't have text and binary mode at once")
    raises(ValueError, io.open, path, "",
           msg="Must have exactly one of create/read/write/append mode "
               "and at most one plus")
    raises(ValueError, io.open, path, "rb", encoding="utf-8",
           msg="binary mode doesn't take an encoding argument")
    raises(ValueError, io.open, path, "rb", errors="strict",
           msg="binary mode doesn't take an errors argument")
    raises(ValueError, io.open, path, "rb", newline="",
           msg="binary mode doesn't take a newline argument")
    raises(ValueError, io.open, path, "r", buffering=0,
           msg="can't have unbuffered text I/O")
    raises(ValueError, io.open, path, "r", newline="x",
           msg="illegal newline value: x")
    raises(LookupError, io.open, path, "r", encoding="no-such-codec")
    raises(TypeError, io.open, 3.5)
    raises(FileNotFoundError, io.open, path + "-missing")
    raises(IsADirectoryError, io.open, os.path.dirname(path))
    raises(FileExistsError, io.open, path, "x")


def test_open_return_types():
    path = tmpfile()
    _write_bytes(path, b"abc")
    cases = [("rb", 0, io.FileIO), ("rb", -1, io.BufferedReader),
             ("wb", -1, io.BufferedWriter), ("ab", -1, io.BufferedWriter),
             ("r+b", -1, io.BufferedRandom), ("r", -1, io.TextIOWrapper),
             ("w+", -1, io.TextIOWrapper)]
    for mode, buffering, cls in cases:
        f = io.open(path, mode, buffering=buffering)
        try:
            eq(type(f), cls, mode)
        finally:
            f.close()
    with io.open(path, "w+b", buffering=0) as f:
        eq(f.mode, "rb+")
        eq(repr(f), "<_io.FileIO name=%r mode='rb+' closefd=True>" % path)
    with io.open(path, "a+b", buffering=0) as f:
        eq(f.mode, "ab+")
    with io.open(path, "r") as f:
        eq(f.mode, "r")
        eq(f.encoding, "UTF-8")
        eq(f.name, path)
        eq(repr(f), "<_io.TextIOWrapper name=%r mode='r' encoding='UTF-8'>"
           % path)
        eq(repr(f.buffer), "<_io.BufferedReader name=%r>" % path)
    f = io.open(path, "rb", buffering=0)
    f.close()
    eq(repr(f), "<_io.FileIO [closed]>")


def test_binary_round_trip():
    path = tmpfile()
    data = bytes(range(256)) * 100
    _write_bytes(path, data)
    eq(_read_bytes(path), data)
    with io.open(path, "rb") as f:
        eq(f.read(10), data[:10])
        eq(f.tell(), 10)
        eq(f.peek(1)[:1], data[10:11])
        eq(f.read1(5), data[10:15])
        f.seek(-6, 2)
        eq(f.read(), data[-6:])
        f.seek(5)
        buf = bytearray(7)
        eq(f.readinto(buf), 7)
        eq(bytes(buf), data[5:12])
        f.seek(3, 1)
        eq(f.tell(), 15)
        eq(f.read(0), b"")
        raises(ValueError, f.read, -2,
               msg="read length must be non-negative or -1")
    with io.open(path, "ab") as f:
        eq(f.tell(), len(data))
        f.write(b"tail")
    eq(_read_bytes(path)[-4:], b"tail")


def test_binary_readline_and_iteration():
    path = tmpfile()
    _write_bytes(path, b"one\ntwo\r\nthree\n\nlast")
    with io.open(path, "rb") as f:
        eq(f.readline(), b"one\n")
        eq(f.readline(2), b"tw")
        eq(f.readline(), b"o\r\n")
        eq(list(f), [b"three\n", b"\n", b"last"])
        eq(f.readline(), b"")
    with io.open(path, "rb", buffering=0) as f:
        eq(f.readlines(), [b"one\n", b"two\r\n", b"three\n", b"\n", b"last"])
    # A small buffer forces lines to span several refills.
    with io.open(path, "rb", buffering=3) as f:
        eq(f.readlines(), [b"one\n", b"two\r\n", b"three\n", b"\n", b"last"])


def test_closed_file_errors():
    path = tmpfile()
    _write_bytes(path, b"x")
    f = io.open(path, "rb")
    f.close()
    eq(f.closed, True)
    raises(ValueError, f.read, msg="read of closed file")
    raises(ValueError, f.readline, msg="readline of closed file")
    raises(ValueError, f.seek, 0, msg="seek of closed file")
    f.close()
    g = io.open(path, "w")
    g.close()
    raises(ValueError, g.write, "x", msg="I/O operation on closed file.")
    raises(ValueError, g.read, msg="I/O operation on closed file.")
    with io.open(path, "w") as h:
        raises(io.UnsupportedOperation, h.read, msg="not readable")
        raises(io.UnsupportedOperation, h.buffer.read, msg="read")
        raises(io.UnsupportedOperation, h.buffer.raw.read,
               msg="File not open for reading")
    with io.open(path, "r") as h:
        raises(io.UnsupportedOperation, h.write, "x", msg="not writable")
        raises(io.UnsupportedOperation, h.buffer.raw.write, b"x",
               msg="File not open for writing")
        raises(TypeError, h.write, b"x",
               msg="write() argument must be str, not bytes")
    assert issubclass(io.UnsupportedOperation, OSError)
    assert issubclass(io.UnsupportedOperation, ValueError)


def test_text_newline_read_modes():
    path = tmpfile()
    _write_bytes(path, b"a\r\nb\rc\nd")
    expect = {
        None: ["a\n", "b\n", "c\n", "d"],
        "": ["a\r\n", "b\r", "c\n", "d"],
        "\n": ["a\r\n", "b\rc\n", "d"],
        "\r": ["a\r", "\nb\r", "c\nd"],
        "\r\n": ["a\r\n", "b\rc\nd"],
    }
    for newline, lines in expect.items():
        with io.open(path, "r", newline=newline) as f:
            eq(f.readlines(), lines, "newline=%r" % (newline,))
        with io.open(path, "r", newline=newline) as f:
            eq(f.read(), "".join(lines), "read newline=%r" % (newline,))
    with io.open(path, "r") as f:
        f.read()
        eq(f.newlines, ("\r", "\n", "\r\n"))
    with io.open(path, "r", newline="\n") as f:
        f.read()
        eq(f.newlines, None)


def test_text_newline_write_modes():
    path = tmpfile()
    expect = {
        None: b"a" + os.linesep.encode() + b"b\r",
        "": b"a\nb\r",
        "\n": b"a\nb\r",
        "\r": b"a\rb\r",
        "\r\n": b"a\r\nb\r",
    }
    for newline, data in expect.items():
        with io.open(path, "w", newline=newline) as f:
            eq(f.write("a\nb\r"), 4)
        eq(_read_bytes(path), data, "newline=%r" % (newline,))


def test_text_crlf_across_chunks():
    # A '\r\n' split between two 8 KiB chunks must still be one newline.
    path = tmpfile()
    body = b"x" * 8191 + b"\r\n" + b"y\r\n" * 3
    _write_bytes(path, body)
    with io.open(path, "r") as f:
        lines = f.readlines()
    eq(lines[0], "x" * 8191 + "\n")
    eq(lines[1:], ["y\n"] * 3)
    with io.open(path, "r", newline="") as f:
        eq(f.readline(), "x" * 8191 + "\r\n")
    with io.open(path, "r", newline="\r\n") as f:
        eq(f.readline(), "x" * 8191 + "\r\n")


def test_text_utf8_and_chars():
    path = tmpfile()
    text = "héllo wörld €uro 𝄞 clef\n" * 1000
    with io.open(path, "w", encoding="utf-8") as f:
        f.write(text)
    eq(_read_bytes(path), text.encode("utf-8"))
    with io.open(path, encoding="utf-8") as f:
        eq(f.read(3), "hél")
        eq(f.read(4), "lo w")
        rest = f.read()
    eq("hél" + "lo w" + rest, text)
    # Multi-byte characters split across chunk boundaries.
    with io.open(path, encoding="utf-8") as f:
        got = []
        while True:
            s = f.read(7)
            if not s:
                break
            got.append(s)
    eq("".join(got), text)
    with io.open(path, encoding="latin-1") as f:
        eq(f.read(3), "hÃ©")
    with io.open(path, "w", encoding="ascii", errors="replace") as f:
        f.write("é!")
    eq(_read_bytes(path), b"?!")
    _write_bytes(path, b"a\xffb")
    with io.open(path, encoding="utf-8", errors="replace") as f:
        eq(f.read(), "a\ufffdb")
    with io.open(path, encoding="utf-8", errors="surrogateescape") as f:
        eq(f.read(), "a\udcffb")
    with io.open(path, encoding="utf-8", errors="ignore") as f:
        eq(f.read(), "ab")
    with io.open(path, encoding="utf-8") as f:
        raises(UnicodeDecodeError, f.read)


def test_text_utf8_sig():
    path = tmpfile()
    with io.open(path, "w", encoding="utf-8-sig") as f:
        f.write("abc")
        f.write("def")
    eq(_read_bytes(path), b"\xef\xbb\xbfabcdef")
    with io.open(path, encoding="utf-8-sig") as f:
        eq(f.read(), "abcdef")
    with io.open(path, encoding="utf-8") as f:
        eq(f.read(), "\ufeffabcdef")


def test_text_tell_seek():
    path = tmpfile()
    _write_bytes(path, "héllo\r\nwörld\nend".encode("utf-8"))
    with io.open(path, "r", encoding="utf-8") as f:
        eq(f.readline(), "héllo\n")
        pos = f.tell()
        eq(pos, 8)
        eq(f.read(2), "wö")
        pos2 = f.tell()
        eq(f.readline(), "rld\n")
        f.seek(pos)
        eq(f.readline(), "wörld\n")
        f.seek(pos2)
        eq(f.read(), "rld\nend")
        eq(f.tell(), 18)
        f.seek(0)
        eq(f.read(1), "h")
        raises(io.UnsupportedOperation, f.seek, 1, 1,
               msg="can't do nonzero cur-relative seeks")
        raises(io.UnsupportedOperation, f.seek, 1, 2,
               msg="can't do nonzero end-relative seeks")
        raises(ValueError, f.seek, -1, msg="negative seek position -1")
        eq(f.seek(0, 2), 18)
        eq(f.read(), "")


def test_text_update_mode():
    path = tmpfile()
    with io.open(path, "w+") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        eq(f.readline(), "hello\n")
        f.seek(0, 2)
        f.write("more\n")
        f.seek(0)
        eq(f.read(), "hello\nworld\nmore\n")
    with io.open(path, "r+") as f:
        f.write("HE")
        f.seek(0)
        eq(f.readline(), "HEllo\n")
    with io.open(path, "rb+") as f:
        eq(f.read(2), b"HE")
        f.write(b"LL")
        eq(f.read(2), b"o\n")
        f.seek(0)
        eq(f.read(), b"HELLo\nworld\nmore\n")
        f.seek(3)
        f.truncate()
        f.seek(0)
        eq(f.read(), b"HEL")


def test_text_line_buffering_and_reconfigure():
    path = tmpfile()
    f = io.open(path, "w")
    try:
        eq(f.line_buffering, False)
        f.write("abc")
        eq(_read_bytes(path), b"")
        f.reconfigure(line_buffering=True)
        eq(f.line_buffering, True)
        f.write("def\nghi")
        eq(_read_bytes(path), b"abcdef\nghi")
        f.reconfigure(write_through=True)
        eq(f.write_through, True)
    finally:
        f.close()
    with io.open(path, "w", buffering=1) as f:
        eq(f.line_buffering, True)
        f.write("x\n")
        eq(_read_bytes(path), b"x\n")
    with io.open(path) as f:
        f.read(1)
        raises(io.UnsupportedOperation, f.reconfigure, encoding="latin-1")


def test_text_wrapper_over_bytesio():
    raw = io.BytesIO(b"l1\nl2\r\nl3")
    t = io.TextIOWrapper(raw, encoding="ascii")
    eq(repr(t), "<_io.TextIOWrapper encoding='ascii'>")
    eq([line for line in t], ["l1\n", "l2\n", "l3"])
    out = io.BytesIO()
    t = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
    t.write("a\nb")
    t.flush()
    eq(out.getvalue(), b"a\r\nb")
    d = t.detach()
    assert d is out
    raises(ValueError, getattr, t, "closed")
    raises(TypeError, io.TextIOWrapper, io.BytesIO(), encoding=5)


def test_fileio_fd_and_closefd():
    path = tmpfile()
    _write_bytes(path, b"data")
    fd = os.open(path, os.O_RDONLY)
    f = io.open(fd, "rb", closefd=False)
    eq(f.read(), b"data")
    f.close()
    eq(os.read(fd, 1), b"")  # still open
    os.lseek(fd, 0, 0)
    f = io.FileIO(fd, "r")
    eq(f.name, fd)
    eq(f.fileno(), fd)
    eq(f.read(2), b"da")
    eq(f.readall(), b"ta")
    f.close()
    raises(OSError, os.read, fd, 1)
    raises(ValueError, io.FileIO, -1, msg="negative file descriptor")
    raises(ValueError, io.FileIO, path, "rw")
    opened = []

    def opener(name, flags):
        opened.append(name)
        return os.open(name, flags)
    with io.open(path, "rb", opener=opener) as f:
        eq(f.read(), b"data")
    eq(opened, [path])


def test_stringio():
    s = io.StringIO("abc\ndef\n")
    eq(s.read(2), "ab")
    eq(s.readline(), "c\n")
    eq(s.tell(), 4)
    s.seek(0, 2)
    s.write("xyz")
    eq(s.getvalue(), "abc\ndef\nxyz")
    s.seek(1)
    s.write("B")
    eq(s.getvalue(), "aBc\ndef\nxyz")
    eq(s.read(), "c\ndef\nxyz")
    s.seek(20)
    s.write("!")
    eq(s.getvalue(), "aBc\ndef\nxyz" + "\0" * 9 + "!")
    eq(s.truncate(3), 3)
    eq(s.getvalue(), "aBc")
    eq(s.tell(), 21)
    raises(OSError, s.seek, 1, 1, msg="Can't do nonzero cur-relative seeks")
    raises(ValueError, s.seek, -1, msg="Negative seek position -1")
    raises(TypeError, s.write, b"x", msg="string argument expected, got 'bytes'")
    raises(TypeError, io.StringIO, b"x",
           msg="initial_value must be str or None, not bytes")
    eq(io.StringIO("a\r\nb\rc\n", newline=None).getvalue(), "a\nb\nc\n")
    eq(io.StringIO("a\r\nb\rc\n", newline="").readlines(),
       ["a\r\n", "b\r", "c\n"])
    eq(io.StringIO("a\r\nb\rc\n", newline="\r").getvalue(), "a\r\rb\rc\r")
    eq(io.StringIO("a\r\nb\rc\n", newline="\r").readlines(),
       ["a\r", "\r", "b\r", "c\r"])
    eq(io.StringIO("a\r\nb\rc\n", newline="\r\n").readlines(),
       ["a\r\r\n", "b\rc\r\n"])
    eq(io.StringIO("a\r\nb\rc\n").readlines(), ["a\r\n", "b\rc\n"])
    t = io.StringIO(newline=None)
    t.write("a\r")
    t.write("\nb")
    eq(t.getvalue(), "a\n\nb")
    eq(t.newlines, ("\r", "\n"))
    with io.StringIO("x") as u:
        eq(list(u), ["x"])
    raises(ValueError, u.read, msg="I/O operation on closed file")
    v = io.StringIO()
    for i in range(1000):
        v.write("line %d\n" % i)
    eq(v.getvalue().count("\n"), 1000)
    v.seek(0)
    eq(len(v.readlines()), 1000)
    eq(io.StringIO("héllo").read(3), "hél")


def test_bytesio():
    b = io.BytesIO(b"abc\ndef")
    eq(b.readline(), b"abc\n")
    eq(b.read(), b"def")
    eq(b.read(), b"")
    b.seek(1)
    b.write(b"XY")
    eq(b.getvalue(), b"aXY\ndef")
    b.seek(10)
    b.write(b"!")
    eq(b.getvalue(), b"aXY\ndef\0\0\0!")
    eq(b.seek(-2, 2), 9)
    eq(b.seek(-100, 1), 0)
    raises(ValueError, b.seek, -1, msg="negative seek value -1")
    eq(b.truncate(4), 4)
    eq(b.getvalue(), b"aXY\n")
    buf = bytearray(3)
    b.seek(0)
    eq(b.readinto(buf), 3)
    eq(bytes(buf), b"aXY")
    raises(TypeError, b.write, "x")
    raises(TypeError, io.BytesIO, "x")
    eq(io.BytesIO(b"a\nb\nc").readlines(), [b"a\n", b"b\n", b"c"])
    eq(io.BytesIO(bytearray(b"q")).getvalue(), b"q")
    b.close()
    raises(ValueError, b.getvalue, msg="I/O operation on closed file.")
    try:
        view = io.BytesIO(b"xyz").getbuffer()
    except NotImplementedError:
        pass
    else:
        eq(bytes(view), b"xyz")
        view.release()


def test_base_classes():
    raises(io.UnsupportedOperation, io.IOBase().seek, 0, msg="seek")
    raises(io.UnsupportedOperation, io.IOBase().fileno, msg="fileno")
    raises(io.UnsupportedOperation, io.IOBase().truncate, msg="truncate")
    raises(io.UnsupportedOperation, io.BufferedIOBase().read, msg="read")
    raises(io.UnsupportedOperation, io.TextIOBase().read, msg="read")
    raises(io.UnsupportedOperation, io.BufferedIOBase().detach,
           msg="detach")

    class Counter(io.RawIOBase):
        def __init__(self, n):
            self.left = n

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), self.left, 3)
            b[:n] = b"z" * n
            self.left -= n
            return n

    eq(Counter(10).read(), b"z" * 10)
    eq(Counter(10).read(5), b"zzz")
    r = io.BufferedReader(Counter(10), 4)
    eq(r.read(7), b"z" * 7)
    eq(r.read(), b"zzz")
    eq(io.TextIOWrapper(io.BufferedReader(Counter(5))).read(), "zzzzz")

    class Lines(io.IOBase):
        def __init__(self):
            self.data = b"a\nbb\n"
            self.pos = 0

        def read(self, n):
            chunk = self.data[self.pos:self.pos + n]
            self.pos += len(chunk)
            return chunk

        def readable(self):
            return True

    eq(list(Lines()), [b"a\n", b"bb\n"])
    with Lines() as l:
        eq(l.closed, False)
    eq(l.closed, True)
    raises(ValueError, l.__enter__)


def test_rwpair():
    r = io.BytesIO(b"incoming")
    w = io.BytesIO()
    p = io.BufferedRWPair(r, w)
    eq(p.read(2), b"in")
    eq(p.peek(1)[:1], b"c")
    p.write(b"out")
    p.flush()
    eq(w.getvalue(), b"out")
    p.close()
    eq(p.closed, True)
