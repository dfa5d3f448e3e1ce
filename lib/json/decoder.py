"""JSON decoding: JSONDecoder over the native scanner (_json.make_scanner
and _json.scanstring, as CPython's json uses its C accelerator), with a
hand-written recursive-descent parser as the pure-Python fallback.

Error messages and positions follow CPython's (C-accelerated) scanner.
"""

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_HEXDIGITS = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


class JSONDecodeError(ValueError):
    """ValueError subclass with extra attributes:

    msg: the unformatted error message
    doc: the JSON document being parsed
    pos: the index in doc where parsing failed
    lineno, colno: line and column of pos (1-based)
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _hex4(s, pos):
    """Value of the 4 hex digits at s[pos:pos+4], or None."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return None
    for ch in digits:
        if ch not in _HEXDIGITS:
            return None
    return int(digits, 16)


try:
    import re as _re
    _CONTROL_RE = _re.compile('[\x00-\x1f]')
except Exception:           # pragma: no cover - no usable re module
    _CONTROL_RE = None


def _first_control(s, start, end):
    """Index of the first control character (< U+0020) in s[start:end],
    or -1."""
    if start >= end:
        return -1
    if _CONTROL_RE is not None:
        m = _CONTROL_RE.search(s[start:end])
        return start + m.start() if m is not None else -1
    for i in range(start, end):
        if s[i] < ' ':
            return i
    return -1


def py_scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at end - 1.

    Returns (decoded string, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        # Find the end of the run of ordinary characters with str.find.
        start = end
        quote = s.find('"', start)
        limit = quote if quote >= 0 else n
        backslash = s.find('\\', start, limit)
        end = backslash if backslash >= 0 else limit
        if strict:
            bad = _first_control(s, start, end)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if start != end:
            append(s[start:end])
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        # Backslash escape.
        if end + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end + 1]
        if esc != 'u':
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end) from None
            end += 2
            continue
        uni = _hex4(s, end + 2)
        if uni is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
        end += 6
        # A high surrogate followed by an escaped low surrogate is one
        # character; otherwise surrogates are kept as they are.
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))


scanstring = c_scanstring or py_scanstring


class _Scanner:
    """Parses one JSON value at a given index (the 'scan_once' callable):
    json.scanner.py_make_scanner, used when the native _json.make_scanner
    is missing."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self.value(string, idx)
        finally:
            self.memo.clear()

    def value(self, s, idx):
        """Return (value, end); raise StopIteration(idx) when no value
        starts at idx."""
        if idx >= len(s):
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, self.strict)
        if ch == '{':
            return self.object(s, idx + 1)
        if ch == '[':
            return self.array(s, idx + 1)
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if ch == '-' or ch in _DIGITS:
            number = self.number(s, idx)
            if number is not None:
                return number
        if ch == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def number(self, s, idx):
        """Match -?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)? at idx."""
        n = len(s)
        pos = idx
        if s[pos] == '-':
            pos += 1
        if pos >= n or s[pos] not in _DIGITS:
            return None
        if s[pos] == '0':
            pos += 1
        else:
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        int_end = pos
        is_float = False
        if pos + 1 < n and s[pos] == '.' and s[pos + 1] in _DIGITS:
            pos += 2
            while pos < n and s[pos] in _DIGITS:
                pos += 1
            is_float = True
        if pos < n and s[pos] in 'eE':
            exp = pos + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and s[exp] in _DIGITS:
                while exp < n and s[exp] in _DIGITS:
                    exp += 1
                pos = exp
                is_float = True
        if is_float:
            return self.parse_float(s[idx:pos]), pos
        return self.parse_int(s[idx:int_end]), int_end

    def object(self, s, idx):
        pairs = []
        append = pairs.append
        memo = self.memo
        idx = _skip_ws(s, idx)
        if idx < len(s) and s[idx] == '}':
            return self._finish_object(pairs), idx + 1
        while True:
            if idx >= len(s) or s[idx] != '"':
                raise JSONDecodeError("Expecting property name enclosed in "
                                      "double quotes", s, idx)
            key, idx = scanstring(s, idx + 1, self.strict)
            key = memo.setdefault(key, key)
            idx = _skip_ws(s, idx)
            if idx >= len(s) or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
            try:
                value, idx = self.value(s, idx)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append((key, value))
            idx = _skip_ws(s, idx)
            if idx < len(s) and s[idx] == '}':
                return self._finish_object(pairs), idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, s, idx):
        values = []
        idx = _skip_ws(s, idx)
        if idx < len(s) and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self.value(s, idx)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            idx = _skip_ws(s, idx)
            if idx < len(s) and s[idx] == ']':
                return values, idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int
    or float, true/false to True/False and null to None; NaN, Infinity and
    -Infinity are also understood."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document *s*."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting exactly at s[idx]; return
        (value, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
