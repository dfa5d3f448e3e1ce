"""Tests of lib/base64.py (expectations recorded from CPython)."""

import base64

from util import eq, raises


def test_encode():
    eq(base64.b64encode(b""), b"")
    eq(base64.b64encode(b"a"), b"YQ==")
    eq(base64.b64encode(b"ab"), b"YWI=")
    eq(base64.b64encode(b"abc"), b"YWJj")
    eq(base64.b64encode(bytes(range(256)))[-8:], b"/P3+/w==")
    eq(base64.b64encode(b"\xfb\xff", altchars=b"-_"), b"-_8=")
    eq(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), b"-_-_")
    eq(base64.standard_b64encode(bytearray(b"xyz")), b"eHl6")
    eq(base64.encodebytes(b"x" * 60),
       b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4\n')
    eq(base64.b32encode(b"abc"), b"MFRGG===")
    eq(base64.b32encode(b"abcde"), b"MFRGGZDF")
    eq(base64.b32hexencode(b"abc"), b"C5H66===")
    eq(base64.b16encode(b"\x00\xffJ"), b"00FF4A")
    raises(TypeError, base64.b64encode, "str",
           msg="a bytes-like object is required, not 'str'")


def test_decode():
    eq(base64.b64decode(b"YWJj"), b"abc")
    eq(base64.b64decode("YWJjZA=="), b"abcd")
    eq(base64.b64decode(b"!!YW*Jj"), b"abc")
    eq(base64.b64decode(b"YQ==YQ=="), b"a")
    eq(base64.b64decode(b"YW=Jj"), b"abc")
    raises(ValueError, base64.b64decode, b"YWJ", msg="Incorrect padding")
    raises(base64.Error if hasattr(base64, "Error") else ValueError,
           base64.b64decode, b"Y",
           msg="Invalid base64-encoded string: number of data characters "
               "(1) cannot be 1 more than a multiple of 4")
    raises(ValueError, base64.b64decode, b"YW=Jj", validate=True,
           msg="Discontinuous padding not allowed")
    raises(ValueError, base64.b64decode, b"!!YWJj", validate=True,
           msg="Only base64 data is allowed")
    raises(ValueError, base64.b64decode, b"=YWJj", validate=True,
           msg="Leading padding not allowed")
    raises(ValueError, base64.b64decode, b"YQ==YQ==", validate=True,
           msg="Excess data after padding")
    raises(ValueError, base64.b64decode, "YWJj\u00e9",
           msg="string argument should contain only ASCII characters")
    raises(TypeError, base64.b64decode, 3)
    eq(base64.urlsafe_b64decode(b"-_-_"), b"\xfb\xff\xbf")
    eq(base64.b64decode(b"ab+/", altchars=b"-_"), b"i\xbf\xbf")
    eq(base64.decodebytes(b"YWJj\nZA==\n"), b"abcd")
    eq(base64.b32decode(b"MFRGG==="), b"abc")
    eq(base64.b32decode(b"mfrgg===", casefold=True), b"abc")
    eq(base64.b32decode(b"0000====", map01=b"L"), b"s\x9c")
    raises(ValueError, base64.b32decode, b"MFRGG==", msg="Incorrect padding")
    raises(ValueError, base64.b32decode, b"MFRG!===",
           msg="Non-base32 digit found")
    raises(ValueError, base64.b32decode, b"MFRGGZ==",
           msg="Incorrect padding")
    eq(base64.b32hexdecode(b"C5H66==="), b"abc")
    eq(base64.b16decode(b"4A"), b"J")
    eq(base64.b16decode(b"4a", casefold=True), b"J")
    raises(ValueError, base64.b16decode, b"4a", msg="Non-base16 digit found")
    raises(ValueError, base64.b16decode, b"4", msg="Odd-length string")


def test_round_trips():
    for n in range(0, 40):
        data = bytes((i * 37 + n) % 256 for i in range(n))
        eq(base64.b64decode(base64.b64encode(data)), data)
        eq(base64.b32decode(base64.b32encode(data)), data)
        eq(base64.b16decode(base64.b16encode(data)), data)
        eq(base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)), data)
        eq(base64.decodebytes(base64.encodebytes(data)), data)
