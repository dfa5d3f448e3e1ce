"""Regular expression operations (pygil's own implementation).

A pure-Python backtracking engine with the syntax and semantics of
CPython 3.11's `re`: see _parser (syntax), _compiler (programs) and
_engine (matching).  str and bytes patterns are both supported; bytes
are matched as their latin-1 decoding with ASCII-only character classes
and case folding.
"""

from . import _parser
from . import _compiler
from . import _engine
from ._parser import error

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split',
    'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'

_FLAG_ORDER = (
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
    ('DEBUG', 128),
)


def _flags_repr(value, order=_FLAG_ORDER):
    if value == 0:
        return 're.NOFLAG'
    names = []
    rest = value
    for name, bit in order:
        if value & bit:
            names.append('re.' + name)
            rest &= ~bit
    if rest:
        if not names:
            return None
        names.append(hex(rest))
    return '|'.join(names)


try:
    import enum as _enum

    class RegexFlag(_enum.IntFlag):
        NOFLAG = 0
        ASCII = A = _parser.ASCII
        IGNORECASE = I = _parser.IGNORECASE
        LOCALE = L = _parser.LOCALE
        UNICODE = U = _parser.UNICODE
        MULTILINE = M = _parser.MULTILINE
        DOTALL = S = _parser.DOTALL
        VERBOSE = X = _parser.VERBOSE
        TEMPLATE = T = _parser.TEMPLATE
        DEBUG = _parser.DEBUG

        def __repr__(self):
            v = int(self)
            if v < 0:
                v = ~v
                r = _flags_repr(v)
                return '~' + ('(%s)' % r if r and '|' in r else (r or 're.RegexFlag(%d)' % v))
            r = _flags_repr(v)
            if r is None:
                return 're.RegexFlag(%d)' % v
            return r

        __str__ = __repr__

    RegexFlag.__module__ = 're'
except Exception:       # pragma: no cover - without a working enum
    class RegexFlag(int):
        def __repr__(self):
            r = _flags_repr(int(self))
            return r if r is not None else 're.RegexFlag(%d)' % int(self)

        __str__ = __repr__

    for _name, _bit in _FLAG_ORDER + (('NOFLAG', 0),):
        setattr(RegexFlag, _name, RegexFlag(_bit))
    for _short, _long in (('A', 'ASCII'), ('I', 'IGNORECASE'), ('L', 'LOCALE'),
                          ('U', 'UNICODE'), ('M', 'MULTILINE'), ('S', 'DOTALL'),
                          ('X', 'VERBOSE'), ('T', 'TEMPLATE')):
        setattr(RegexFlag, _short, getattr(RegexFlag, _long))

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_MAXSIZE = 9223372036854775807
_search = _engine.search


# -- subjects -----------------------------------------------------------------

def _text(pattern, string):
    """The str the engine matches and the object groups are sliced from."""
    if isinstance(string, str):
        if pattern._bytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string, string
    if isinstance(string, bytes):
        data = string
    elif isinstance(string, bytearray):
        data = bytes(string)
    else:
        try:
            data = bytes(_as_buffer(string))
        except TypeError:
            raise TypeError('expected string or bytes-like object, got %r'
                            % type(string).__name__) from None
    if not pattern._bytes:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return data.decode('latin-1'), data


def _as_buffer(obj):
    if isinstance(obj, (int, float, complex, type(None), list, tuple, dict, set)):
        raise TypeError
    try:
        mv = memoryview
    except NameError:
        raise TypeError from None
    return mv(obj)


def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


# -- Match ----------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    __slots__ = ('_regs', '_data', 'string', 're', 'pos', 'endpos', '_text')

    def __init__(self, pattern, regs, data, string, pos, endpos, text=None):
        self._regs = regs
        self._data = data
        self.string = string
        self.re = pattern
        self.pos = pos
        self.endpos = endpos
        self._text = text

    def _index(self, g):
        if isinstance(g, int):
            i = g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g, -1)
        else:
            try:
                i = g.__index__()
            except AttributeError:
                i = self.re._groupindex.get(g, -1) if _hashable(g) else -1
        if i < 0 or i > self.re.groups:
            raise IndexError('no such group')
        return i

    def _get(self, i, default=None):
        r = self._regs
        a = r[2 * i]
        b = r[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self._data[a:b]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            r = self._regs
            return self._data[r[0]:r[1]]
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """A tuple of all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """A dict of all the named subgroups of the match."""
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)] if group != 0 else self._regs[0]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1] if group != 0 else self._regs[1]

    def span(self, group=0):
        i = self._index(group) if group != 0 else 0
        r = self._regs
        a = r[2 * i]
        b = r[2 * i + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        return self._regs[2 * (self.re.groups + 1)]

    @property
    def lastgroup(self):
        li = self._regs[2 * (self.re.groups + 1)]
        if li is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on
        the template."""
        parts = self.re._template(template)
        return _expand(parts, self, self.re._bytes)

    def __repr__(self):
        r = self._regs
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return '<re.Match object; span=(%d, %d), match=%s>' % (r[0], r[1], text)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")


def _hashable(x):
    try:
        hash(x)
        return True
    except TypeError:
        return False


Match.__module__ = 're'


# -- templates ------------------------------------------------------------------

_TEMPLATE_ESCAPES = {
    'a': '\x07', 'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r',
    't': '\t', 'v': '\x0b', '\\': '\\',
}
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(pattern, template):
    """A replacement template -> list of literal strings and group
    numbers (ints).  Literals have the template's type (str, or bytes for
    a bytes-like template)."""
    orig = template
    if isinstance(template, str):
        s = template
        is_bytes = False
    else:
        s = bytes(template).decode('latin-1')
        is_bytes = True
    n = len(s)
    # CPython reads one token (a character, or a backslash and the next)
    # ahead: a lone backslash at the end fails as soon as it is reached.
    lone = n - 1 if _parser._lone_backslash(s) else n + 1
    groups = pattern.groups
    OCT = '01234567'

    def err(msg, pos):
        if is_bytes:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, orig, pos)

    def adv(j):
        if j >= lone:
            raise err('bad escape (end of pattern)', lone)
        return j

    parts = []
    lit = []

    def flush():
        if lit:
            parts.append(''.join(lit))
            del lit[:]

    i = adv(0) if n else 0
    while i < n:
        if s[i] != '\\':
            j = s.find('\\', i)
            if j < 0:
                j = n
            lit.append(s[i:j])
            i = adv(j)
            continue
        start = i
        c = s[i + 1]
        i = adv(i + 2)
        if c == 'g':
            if i >= n or s[i] != '<':
                raise err('missing <', i)
            i = adv(i + 1)
            name_start = i
            j = i
            while True:
                if j >= n:
                    if j == name_start:
                        raise err('missing group name', name_start)
                    raise err('missing >, unterminated name', name_start)
                if s[j] == '\\':
                    j = adv(j + 2)
                    continue
                j = adv(j + 1)
                if s[j - 1] == '>':
                    if j - 1 == name_start:
                        raise err('missing group name', name_start)
                    break
            name = s[name_start:j - 1]
            i = j
            if name.isidentifier():
                idx = pattern._groupindex.get(name)
                if idx is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                try:
                    idx = int(name)
                except ValueError:
                    raise err('bad character in group name %r' % name, name_start) from None
                if idx < 0:
                    raise err('bad character in group name %r' % name, name_start)
                if idx > groups:
                    raise err('invalid group reference %d' % idx, name_start)
            flush()
            parts.append(idx)
        elif c == '0':
            digits = '0'
            if i < n and s[i] in OCT:
                digits += s[i]
                i = adv(i + 1)
                if i < n and s[i] in OCT:
                    digits += s[i]
                    i = adv(i + 1)
            lit.append(chr(int(digits, 8)))
        elif c in '123456789':
            digits = c
            if i < n and s[i] in '0123456789':
                digits += s[i]
                i = adv(i + 1)
                if c in OCT and digits[1] in OCT and i < n and s[i] in OCT:
                    digits += s[i]
                    i = adv(i + 1)
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % digits, start)
                    lit.append(chr(v))
                    continue
            idx = int(digits)
            if idx > groups:
                raise err('invalid group reference %d' % idx, start + 1)
            flush()
            parts.append(idx)
        else:
            e = _TEMPLATE_ESCAPES.get(c)
            if e is not None:
                lit.append(e)
            elif c in _ASCIILETTERS:
                raise err('bad escape \\' + c, start)
            else:
                lit.append('\\' + c)
    flush()
    if is_bytes:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, m, is_bytes):
    out = []
    for p in parts:
        if isinstance(p, int):
            v = m._get(p)
            if v is not None:
                out.append(v)
        else:
            out.append(p)
    return (b'' if is_bytes else '').join(out)


# -- Pattern ----------------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, prog, groups, groupindex, is_bytes):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._prog = prog
        self._bytes = is_bytes
        self._tcache = {}

    @property
    def groupindex(self):
        try:
            import types
            return types.MappingProxyType(dict(self._groupindex))
        except Exception:
            return dict(self._groupindex)

    def _prepare(self, string, pos, endpos):
        text, data = _text(self, string)
        pos, endpos = _bounds(len(text), pos, endpos)
        return text, data, pos, endpos

    def _run(self, string, pos, endpos, mode, must_advance=False):
        text, data, pos, endpos = self._prepare(string, pos, endpos)
        regs = _engine.search(self._prog, text, pos, endpos, mode, must_advance)
        if regs is None:
            return None
        return Match(self, regs, data, string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at the start of the string (or at pos)."""
        if type(string) is str and not self._bytes and pos == 0:
            n = len(string)
            if endpos >= n:
                regs = _search(self._prog, string, 0, n, 0, False)
                if regs is None:
                    return None
                return Match(self, regs, string, string, 0, n)
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match the whole string (or string[pos:endpos])."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through the string for the first match."""
        if type(string) is str and not self._bytes and pos == 0:
            n = len(string)
            if endpos >= n:
                regs = _search(self._prog, string, 0, n, 2, False)
                if regs is None:
                    return None
                return Match(self, regs, string, string, 0, n)
        return self._run(string, pos, endpos, 2)

    def _iter(self, text, pos, endpos):
        """Successive non-overlapping matches: yields register lists
        (with the rules for empty matches of Python 3.7+)."""
        prog = self._prog
        search = _engine.search
        must_advance = False
        while pos <= endpos:
            regs = search(prog, text, pos, endpos, 2, must_advance)
            if regs is None:
                return
            yield regs
            b = regs[1]
            must_advance = b == regs[0]
            pos = b

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over all non-overlapping matches."""
        text, data, pos, endpos = self._prepare(string, pos, endpos)
        return self._finditer(text, data, string, pos, endpos)

    def _finditer(self, text, data, string, pos, endpos):
        for regs in self._iter(text, pos, endpos):
            yield Match(self, regs, data, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of all non-overlapping matches."""
        text, data, pos, endpos = self._prepare(string, pos, endpos)
        g = self.groups
        out = []
        empty = b'' if self._bytes else ''
        for regs in self._iter(text, pos, endpos):
            if g == 0:
                out.append(data[regs[0]:regs[1]])
            elif g == 1:
                a = regs[2]
                b = regs[3]
                out.append(data[a:b] if a >= 0 and b >= 0 else empty)
            else:
                t = []
                for i in range(1, g + 1):
                    a = regs[2 * i]
                    b = regs[2 * i + 1]
                    t.append(data[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(t))
        return out

    def split(self, string, maxsplit=0):
        """Split the string by the occurrences of the pattern."""
        text, data = _text(self, string)
        if maxsplit < 0:
            return [data[:]] if not isinstance(string, str) else [string[:]]
        out = []
        last = 0
        n = 0
        g = self.groups
        for regs in self._iter(text, 0, len(text)):
            if maxsplit and n >= maxsplit:
                break
            out.append(data[last:regs[0]])
            for i in range(1, g + 1):
                a = regs[2 * i]
                b = regs[2 * i + 1]
                out.append(data[a:b] if a >= 0 and b >= 0 else None)
            last = regs[1]
            n += 1
        out.append(data[last:])
        return out

    def _template(self, repl):
        if isinstance(repl, bytearray):
            return _parse_template(self, repl)
        key = (type(repl), repl)
        parts = self._tcache.get(key)
        if parts is None:
            parts = _parse_template(self, repl)
            if len(self._tcache) > 100:
                self._tcache.clear()
            self._tcache[key] = parts
        return parts

    def subn(self, repl, string, count=0):
        """Like sub, but also returns the number of replacements."""
        text, data = _text(self, string)
        is_bytes = self._bytes
        literal = None
        parts = None
        func = None
        if callable(repl):
            func = repl
        else:
            if isinstance(repl, (str, bytes, bytearray)):
                raw = repl
            else:
                try:
                    raw = bytes(_as_buffer(repl))
                except TypeError:
                    raise TypeError('decoding to str: need a bytes-like object, %s found'
                                    % type(repl).__name__) from None
            if (b'\\' if not isinstance(raw, str) else '\\') not in raw:
                literal = raw
            else:
                parts = self._template(raw)
                if len(parts) == 1 and not isinstance(parts[0], int):
                    literal = parts[0]
                elif not parts:
                    literal = b'' if is_bytes else ''
        out = []
        last = 0
        n = 0
        for regs in self._iter(text, 0, len(text)):
            if count and n >= count:
                break
            a = regs[0]
            if last < a:
                out.append(data[last:a])
            if literal is not None:
                out.append(literal)
            else:
                m = Match(self, regs, data, string, 0, len(text))
                if func is not None:
                    r = func(m)
                    if r is not None:
                        out.append(r)
                else:
                    out.append(_expand(parts, m, is_bytes))
            last = regs[1]
            n += 1
        if n == 0:
            if isinstance(string, (str, bytes)) and type(string) in (str, bytes):
                return string, 0
            return data[:], 0
        out.append(data[last:])
        return (b'' if is_bytes else '').join(out), n

    def sub(self, repl, string, count=0):
        """Replace the leftmost non-overlapping occurrences of the pattern."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._bytes and flags & (_parser.LOCALE | _parser.UNICODE | _parser.ASCII) == _parser.UNICODE:
            flags &= ~_parser.UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            order = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                     ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                     ('ASCII', 256))
            return 're.compile(%s, %s)' % (text, _flags_repr(flags, order))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._bytes == other._bytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'


class _Scanner:
    """Pattern.scanner(): successive matches at or after the last end."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        text, data = _text(pattern, string)
        self._n = len(text)
        self._pos, self._endpos = _bounds(self._n, pos, endpos)
        self._must_advance = False

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            self._pos = self._endpos + 1
            return None
        a, b = m.span()
        self._must_advance = a == b
        self._pos = b
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


# -- module-level functions -----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        flags & DEBUG       # the TypeError CPython gives
    body, final_flags, ngroups, groupindex, widths = _parser.parse(pattern, flags)
    is_bytes = not isinstance(pattern, str)
    prog = _compiler.compile_pattern(body, ngroups, widths, is_bytes, final_flags)
    p = Pattern(pattern, final_flags, prog, ngroups, groupindex, is_bytes)
    if not flags & _parser.DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern in
    string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, returning (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    return _compile(pattern, flags | _parser.TEMPLATE)


_SPECIAL = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_SPECIAL).encode('latin1')


class Scanner:
    """Tokenizer over a lexicon of (pattern, action) pairs (undocumented
    in CPython, kept for compatibility)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        gid = 1
        for i, (phrase, action) in enumerate(lexicon):
            inner = _compile(phrase, flags).groups
            parts.append('(' + phrase + ')')
            self._actions[gid] = action
            gid += 1 + inner
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
