"""JSON encoding (pure Python; output identical to CPython's)."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

# The native accelerator (crates/pygil/src/modules/json_.rs), used when
# present exactly where CPython's json uses its C one; the pure-Python
# versions below stay as the fallbacks.
try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

INFINITY = float('inf')

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def py_encode_basestring(s):
    """JSON string literal for s; only quotes, backslashes and control
    characters are escaped."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'      # fast path: nothing to escape
    out = []
    start = 0
    for i, ch in enumerate(s):
        if ch < ' ' or ch == '"' or ch == '\\':
            if start < i:
                out.append(s[start:i])
            out.append(_ESCAPES[ch])
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """ASCII-only JSON string literal for s: everything outside printable
    ASCII is written as \\uXXXX (surrogate pairs above U+FFFF)."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'      # fast path: nothing to escape
    out = []
    start = 0
    for i, ch in enumerate(s):
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            continue
        if start < i:
            out.append(s[start:i])
        start = i + 1
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | ((code >> 10) & 0x3ff),
                                           0xdc00 | (code & 0x3ff)))
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder.

    Encodes dict, list/tuple, str, int/float (and their subclasses, e.g.
    int enums), True/False and None.  Override default() to support other
    types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % (o.__class__.__name__,))

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text piece by piece."""
        markers = {} if self.check_circular else None
        str_encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(value):
            # NaN and infinities are not JSON; emit JavaScript's names
            # unless told to refuse them.
            if value != value:
                text = 'NaN'
            elif value == INFINITY:
                text = 'Infinity'
            elif value == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(value)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON "
                                 "compliant: " + repr(value))
            return text

        # As CPython 3.11: the native encoder for a one-shot encode()
        # without indentation, the Python one otherwise (iterencode(),
        # dump() and indented output).
        if (_one_shot and c_make_encoder is not None
                and self.indent is None):
            return c_make_encoder(markers, self.default, str_encoder,
                                  self.indent, self.key_separator,
                                  self.item_separator, self.sort_keys,
                                  self.skipkeys, self.allow_nan)(o, 0)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoding(markers, self.default, str_encoder, indent,
                         floatstr, self.key_separator, self.item_separator,
                         self.sort_keys, self.skipkeys).encode(o, 0)


class _Encoding:
    """One encoding run: a recursive generator over the value tree."""

    def __init__(self, markers, default, str_encoder, indent, floatstr,
                 key_separator, item_separator, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.str_encoder = str_encoder
        self.indent = indent
        self.floatstr = floatstr
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o
            return key
        return None

    def _leave(self, key):
        if key is not None:
            del self.markers[key]

    def scalar(self, o):
        """JSON text for a scalar, or None if o is not one."""
        if isinstance(o, str):
            return self.str_encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            key = self._enter(o)
            yield from self.encode(self.default(o), level)
            self._leave(key)

    def encode_list(self, lst, level):
        # The chunks are CPython's (_make_iterencode): the opening bracket
        # or the separator goes with the item after it when that is a
        # scalar, and is a chunk of its own before a container.
        if not lst:
            yield '[]'
            return
        key = self._enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            buf += newline
        else:
            newline = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self._leave(key)

    def _key_text(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.floatstr(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % (k.__class__.__name__,))

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        # Chunks as CPython's: separator, key and key separator apart.
        marker = self._enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, value in items:
            key = self._key_text(k)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.str_encoder(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self._leave(marker)
