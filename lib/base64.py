"""pygil's base64 module: Base16, Base32, Base64 (RFC 4648) codecs.

Pure Python (pygil has no binascii); the results and error messages
follow CPython 3.11.  Errors are raised as base64.Error (a ValueError,
named binascii.Error in CPython).  Ascii85/Base85 are not implemented
(their functions raise NotImplementedError).
"""

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]


class Error(ValueError):
    """Malformed encoded data (binascii.Error in CPython)."""


Error.__module__ = "binascii"
Error.__qualname__ = "Error"

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except (TypeError, NameError):
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _input_bytes(s):
    """The data to encode, as bytes (str is refused)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(s))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__) from None


def _translate(data, table):
    """Map bytes through a dict {byte: byte} (others unchanged)."""
    if not table:
        return data
    return bytes(table.get(b, b) for b in data)


# ---------------------------------------------------------------------------
# Base64
# ---------------------------------------------------------------------------

_B64_ALPHABET = (b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                 b"0123456789+/")
_B64_VALUE = {c: i for i, c in enumerate(_B64_ALPHABET)}
_PAD = 0x3D   # '='


def _b64_encode_bytes(data, newline=False):
    out = bytearray()
    alphabet = _B64_ALPHABET
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[v >> 18])
        out.append(alphabet[(v >> 12) & 63])
        out.append(alphabet[(v >> 6) & 63])
        out.append(alphabet[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      _PAD, _PAD))
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      alphabet[(v >> 6) & 63], _PAD))
    if newline:
        out.append(0x0A)
    return bytes(out)


def _b64_decode_bytes(data, strict=False):
    """Decode Base64 like binascii.a2b_base64(data, strict_mode=strict).

    Lenient mode skips characters outside the alphabet and stops at the
    first complete padding; strict mode rejects anything irregular.
    """
    if strict and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0          # position inside the current 4-character group
    acc = 0
    pads = 0
    padding_started = False
    n = len(data)
    values = _B64_VALUE
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c == _PAD:
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and i < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values.get(c)
        if v is None:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            acc = v
            quad = 1
        elif quad == 1:
            out.append(((acc << 2) | (v >> 4)) & 0xFF)
            acc = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((acc << 4) | (v >> 2)) & 0xFF)
            acc = v & 0x03
            quad = 3
        else:
            out.append(((acc << 6) | v) & 0xFF)
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data "
                    "characters (%d) cannot be 1 more than a multiple of 4"
                    % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like s; altchars (2 bytes) replace '+/'."""
    encoded = _b64_encode_bytes(_input_bytes(s))
    if altchars is not None:
        altchars = _input_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        encoded = _translate(encoded, {0x2B: altchars[0], 0x2F: altchars[1]})
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s (bytes or ASCII str).

    Characters outside the alphabet are skipped unless validate is true,
    in which case they raise Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, {altchars[0]: 0x2B, altchars[1]: 0x2F})
    return _b64_decode_bytes(s, strict=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, {0x2D: 0x2B, 0x5F: 0x2F}))


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in '\\n'."""
    data = _input_bytes(s)
    pieces = []
    for i in range(0, len(data), MAXBINSIZE):
        pieces.append(_b64_encode_bytes(data[i:i + MAXBINSIZE], True))
    return b"".join(pieces)


def decodebytes(s):
    """Decode what encodebytes() produces (lenient Base64)."""
    return _b64_decode_bytes(_input_bytes(s))


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(_b64_encode_bytes(chunk, True))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_b64_decode_bytes(line))


# ---------------------------------------------------------------------------
# Base32
# ---------------------------------------------------------------------------

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    data = _input_bytes(s)
    out = bytearray()
    n = len(data)
    tail = n % 5
    padded = data + bytes((5 - tail) % 5)
    for i in range(0, len(padded), 5):
        v = int.from_bytes(padded[i:i + 5], "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(v >> shift) & 31])
    # Characters that carry only padding bits become '='.
    if tail:
        keep = {1: 2, 2: 4, 3: 5, 4: 7}[tail]
        out[len(out) - (8 - keep):] = b"=" * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, {0x30: 0x4F, 0x31: map01[0]})
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        group = stripped[i:i + 8]
        v = 0
        for c in group:
            d = values.get(c)
            if d is None:
                raise Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(group))
        out += v.to_bytes(5, "big")
    # How many bytes the last group holds, by the amount of padding
    # (checked after the digits, as CPython does).
    keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
    if keep is None:
        raise Error("Incorrect padding")
    if keep < 5 and out:
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes-like s."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s.  casefold accepts lower case; map01 maps the digit
    0 to O and 1 to the given letter (I or L)."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ---------------------------------------------------------------------------
# Base16
# ---------------------------------------------------------------------------

def b16encode(s):
    """Upper-case hexadecimal of the bytes-like s."""
    return _input_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    """Decode upper-case hex (lower case too with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (0x30 <= c <= 0x39 or 0x41 <= c <= 0x46):
            raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))


# ---------------------------------------------------------------------------
# Not implemented
# ---------------------------------------------------------------------------

def _not_implemented(name):
    def func(*args, **kwargs):
        raise NotImplementedError("base64.%s is not supported by pygil yet"
                                  % name)
    func.__name__ = name
    return func


a85encode = _not_implemented("a85encode")
a85decode = _not_implemented("a85decode")
b85encode = _not_implemented("b85encode")
b85decode = _not_implemented("b85decode")
