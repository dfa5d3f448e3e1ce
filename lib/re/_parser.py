"""Regular expression parser: pattern text -> syntax tree.

A parsed pattern is a *body*: a list of alternatives, each a list of
items.  Items are tuples whose first element names the kind:

    (LIT, ch, flags)                one character
    (ANY, flags)                    .
    (IN, negate, members, flags)    [...] and \\d \\w \\s ... outside a set;
                                    members: ('c', ch) ('r', lo, hi) ('k', cat)
    (AT, kind, flags)               ^ $ \\A \\Z \\b \\B
    (GROUP, gid, body)              gid 0: non-capturing
    (REPEAT, lo, hi, mode, body)    hi None: unbounded; mode GREEDY/LAZY/POSSESSIVE
    (BACKREF, gid, flags)
    (LOOK, behind, negate, body)
    (ATOMIC, body)
    (COND, gid, yes_body, no_body)

Strings of bytes patterns are parsed as their latin-1 decoding.
"""

# Flag values (the same numbers as CPython's re module).
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
INF = 1 << 62          # width bound meaning "unbounded"

LIT = 'lit'
ANY = 'any'
IN = 'in'
AT = 'at'
GROUP = 'group'
REPEAT = 'repeat'
BACKREF = 'backref'
LOOK = 'look'
ATOMIC = 'atomic'
COND = 'cond'

GREEDY = 0
LAZY = 1
POSSESSIVE = 2

_FLAG_LETTERS = {
    'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
    'x': VERBOSE, 'a': ASCII, 't': TEMPLATE, 'u': UNICODE,
}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\x0b\x0c'

_SIMPLE_ESCAPES = {
    'a': '\x07', 'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r',
    't': '\t', 'v': '\x0b', '\\': '\\',
}
_CATEGORIES = 'dDsSwW'


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the
    pattern where compilation failed, or None), lineno and colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
            text = msg
        Exception.__init__(self, text)


error.__module__ = 're'


def _is_identifier(name, is_bytes):
    # (3.11 still accepts non-ASCII names in bytes patterns)
    return name.isidentifier()


class Parser:
    def __init__(self, pattern, flags):
        self.orig = pattern
        self.is_bytes = not isinstance(pattern, str)
        if self.is_bytes:
            pattern = bytes(pattern).decode('latin-1')
        self.s = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags          # global flags
        self.groups = 1             # next group number
        self.groupnames = {}
        self.open = set()
        self.groupwidths = {}
        self.lookbehind_groups = None
        self.condrefs = {}          # gid -> position (checked at the end)
        self.lookbehind_error = False

    def err(self, msg, pos):
        if self.is_bytes:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.orig, pos)

    def next_token(self):
        """Consume and return the token at self.i."""
        s = self.s
        j = self.i
        if s[j] == '\\' and j + 1 < self.n:
            self.i = j + 2
            return s[j:j + 2]
        self.i = j + 1
        return s[j]

    def getuntil(self, term, what):
        """Read tokens up to `term` (consumed); returns the text before."""
        s = self.s
        n = self.n
        start = self.i
        j = start
        while True:
            if j >= n:
                self.i = j
                if j == start:
                    raise self.err('missing ' + what, start)
                raise self.err('missing %s, unterminated name' % term, start)
            if s[j] == '\\':
                if j + 1 >= n:
                    self.i = j
                    raise self.err('bad escape (end of pattern)', j)
                j += 2
                continue
            j += 1
            if s[j - 1] == term:
                self.i = j
                if j - 1 == start:
                    raise self.err('missing ' + what, start)
                return s[start:j - 1]

    # -- entry point ---------------------------------------------------

    def parse(self):
        body = self.parse_body(self.flags, 0)
        if self.i < self.n:
            # only a stray ')' stops the top level early
            raise self.err('unbalanced parenthesis', self.i)
        for gid in sorted(self.condrefs):
            if gid >= self.groups:
                raise self.err('invalid group reference %d' % gid, self.condrefs[gid])
        return body

    # -- structure -----------------------------------------------------

    def parse_body(self, flags, nested):
        """Alternatives up to a ')' (not consumed) or the end."""
        alts = []
        start = self.i
        while True:
            first = nested == 0 and not alts
            alts.append(self.parse_seq(flags, nested, first))
            if nested == 0:
                # inline global flags apply to the later alternatives too
                flags = self.flags
            if self.i < self.n and self.s[self.i] == '|':
                self.i += 1
                continue
            break
        return alts

    def skip_verbose(self, flags):
        s = self.s
        n = self.n
        i = self.i
        while i < n:
            c = s[i]
            if c in _WHITESPACE:
                i += 1
            elif c == '#':
                while i < n and s[i] != '\n':
                    i += 2 if s[i] == '\\' else 1
                i = min(i + 1, n) if i < n else i
            else:
                break
        self.i = i

    def parse_seq(self, flags, nested, first):
        items = []
        s = self.s
        n = self.n
        while True:
            if flags & VERBOSE:
                self.skip_verbose(flags)
            if self.i >= n:
                break
            here = self.i
            c = s[here]
            if c == '|' or c == ')':
                break
            self.i = here + 1
            if c == '\\':
                items.append(self.parse_escape(flags))
            elif c == '[':
                items.append(self.parse_class(flags, here))
            elif c == '.':
                items.append((ANY, flags))
            elif c == '^':
                items.append((AT, '^', flags))
            elif c == '$':
                items.append((AT, '$', flags))
            elif c == '(':
                r = self.parse_paren(flags, nested, first and not items, here)
                if r is None:
                    continue
                if isinstance(r, int):
                    # global flags: the rest of the pattern sees them
                    flags = r
                    continue
                items.append(r)
            elif c in '*+?{':
                self.parse_quant(items, c, here)
            else:
                items.append((LIT, c, flags))
        return items

    def parse_quant(self, items, c, here):
        s = self.s
        if c == '*':
            lo, hi = 0, None
        elif c == '+':
            lo, hi = 1, None
        elif c == '?':
            lo, hi = 0, 1
        else:
            j = self.i
            if j < self.n and s[j] == '}':
                items.append((LIT, '{', 0))
                return
            k = j
            while k < self.n and s[k] in _DIGITS:
                k += 1
            los = s[j:k]
            if k < self.n and s[k] == ',':
                m = k + 1
                while m < self.n and s[m] in _DIGITS:
                    m += 1
                his = s[k + 1:m]
            else:
                m = k
                his = los
            if m >= self.n or s[m] != '}':
                items.append((LIT, '{', 0))
                return
            self.i = m + 1
            lo = int(los) if los else 0
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if his:
                hi = int(his)
                if hi >= MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
                if hi < lo:
                    raise self.err('min repeat greater than max repeat', here + 1)
            else:
                hi = None
        if not items or items[-1][0] == AT:
            raise self.err('nothing to repeat', here)
        last = items[-1]
        if last[0] == REPEAT and last[5]:
            raise self.err('multiple repeat', here)
        mode = GREEDY
        if self.i < self.n:
            nc = self.s[self.i]
            if nc == '?':
                mode = LAZY
                self.i += 1
            elif nc == '+':
                mode = POSSESSIVE
                self.i += 1
        if last[0] == GROUP and last[1] == 0:
            body = last[2]
        else:
            body = [[last]]
        # the trailing True marks a repeat made by a quantifier (for
        # "multiple repeat"); a group around it hides it
        items[-1] = (REPEAT, lo, hi, mode, body, True)

    # -- escapes ---------------------------------------------------------

    def parse_escape(self, flags):
        """After a backslash outside a set."""
        s = self.s
        start = self.i - 1
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return (IN, False, [('k', c)], flags)
        if c == 'A' or c == 'Z' or c == 'b' or c == 'B':
            return (AT, c, flags)
        if c in _DIGITS:
            return self.parse_digit_escape(c, start, flags)
        ch = self.parse_char_escape(c, start, False)
        return (LIT, ch, flags)

    def parse_digit_escape(self, c, start, flags):
        s = self.s
        n = self.n
        if c == '0':
            j = self.i
            while j < n and j < self.i + 2 and s[j] in _OCTDIGITS:
                j += 1
            v = int(s[start + 1:j], 8)
            self.i = j
            return (LIT, chr(v), flags)
        # \1 .. \99 group references, or a three-digit octal escape
        j = self.i
        if j < n and s[j] in _DIGITS:
            if (c in _OCTDIGITS and s[j] in _OCTDIGITS and j + 1 < n
                    and s[j + 1] in _OCTDIGITS):
                self.i = j + 2
                v = int(s[start + 1:j + 2], 8)
                if v > 0o377:
                    raise self.err('octal escape value %s outside of range 0-0o377'
                                   % s[start:j + 2], start)
                return (LIT, chr(v), flags)
            self.i = j + 1
        gid = int(s[start + 1:self.i])
        if gid >= self.groups:
            raise self.err('invalid group reference %d' % gid, start + 1)
        self.check_ref(gid, start)
        return (BACKREF, gid, flags)

    def check_ref(self, gid, pos):
        if gid in self.open:
            raise self.err('cannot refer to an open group', pos)
        if self.lookbehind_groups is not None and gid >= self.lookbehind_groups:
            raise self.err('cannot refer to group defined in the same lookbehind subpattern',
                           self.i)

    def parse_char_escape(self, c, start, in_class):
        """A one-character escape (c follows the backslash)."""
        s = self.s
        r = _SIMPLE_ESCAPES.get(c)
        if r is not None:
            return r
        if c == 'x':
            return self.hex_escape(2, start)
        if not self.is_bytes:
            if c == 'u':
                return self.hex_escape(4, start)
            if c == 'U':
                v = ord(self.hex_escape(8, start, True))
                return chr(v)
            if c == 'N':
                return self.named_escape(start)
        if c in _ASCIILETTERS or c in _DIGITS:
            raise self.err('bad escape %s' % s[start:self.i], start)
        return c

    def hex_escape(self, count, start, wide=False):
        s = self.s
        j = self.i
        end = min(self.n, j + count)
        while j < end and s[j] in _HEXDIGITS:
            j += 1
        digits = s[self.i:j]
        self.i = j
        if len(digits) != count:
            raise self.err('incomplete escape %s' % s[start:j], start)
        v = int(digits, 16)
        if wide and v > 0x10FFFF:
            raise self.err('bad escape %s' % s[start:j], start)
        return chr(v)

    def named_escape(self, start):
        s = self.s
        if self.i >= self.n or s[self.i] != '{':
            raise self.err('missing {', self.i)
        self.i += 1
        name = self.getuntil('}', 'character name')
        try:
            import unicodedata
            return unicodedata.lookup(name)
        except (ImportError, KeyError):
            raise self.err('undefined character name %r' % name, start) from None

    # -- character sets --------------------------------------------------

    def parse_class(self, flags, start):
        s = self.s
        n = self.n
        negate = False
        if self.i < n and s[self.i] == '^':
            negate = True
            self.i += 1
        members = []
        first = True
        while True:
            if self.i >= n:
                raise self.err('unterminated character set', start)
            here = self.i
            c = s[here]
            self.i += 1
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                lo = self.class_escape(here)
            else:
                lo = c
            if self.i < n and s[self.i] == '-':
                # a range, unless the '-' ends the set
                if self.i + 1 >= n:
                    raise self.err('unterminated character set', start)
                if s[self.i + 1] == ']':
                    self.i += 1
                    self.add_member(members, lo)
                    members.append(('c', '-'))
                    self.i += 1
                    break
                self.i += 1
                h = self.i
                c2 = s[h]
                self.i += 1
                if c2 == '\\':
                    hi = self.class_escape(h)
                else:
                    hi = c2
                if isinstance(lo, tuple) or isinstance(hi, tuple):
                    raise self.err('bad character range %s' % s[here:self.i], here)
                if ord(hi) < ord(lo):
                    raise self.err('bad character range %s' % s[here:self.i], here)
                members.append(('r', lo, hi))
            else:
                self.add_member(members, lo)
        return (IN, negate, members, flags)

    def add_member(self, members, m):
        if isinstance(m, tuple):
            members.append(m)
        else:
            members.append(('c', m))

    def class_escape(self, start):
        """After a backslash in a set: a character or ('k', cat)."""
        s = self.s
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ('k', c)
        if c in _OCTDIGITS:
            j = self.i
            while j < self.n and j < self.i + 2 and s[j] in _OCTDIGITS:
                j += 1
            self.i = j
            v = int(s[start + 1:j], 8)
            if v > 0o377:
                raise self.err('octal escape value %s outside of range 0-0o377'
                               % s[start:j], start)
            return chr(v)
        if c in _DIGITS:
            raise self.err('bad escape %s' % s[start:self.i], start)
        return self.parse_char_escape(c, start, True)

    # -- groups and extensions -----------------------------------------

    def parse_paren(self, flags, nested, first, start):
        """After '('; returns an item, None (nothing to add) or an int
        (new global flags)."""
        s = self.s
        n = self.n
        if self.i < n and s[self.i] == '?':
            self.i += 1
            if self.i >= n:
                raise self.err('unexpected end of pattern', self.i)
            c = self.next_token()
            if c == ':':
                body = self.group_body(flags, nested, start)
                return (GROUP, 0, body)
            if c == 'P':
                if self.i >= n:
                    raise self.err('unexpected end of pattern', self.i)
                c2 = self.next_token()
                if c2 == '<':
                    name_start = self.i
                    name = self.read_name('>', name_start)
                    if not _is_identifier(name, self.is_bytes):
                        raise self.err('bad character in group name %r' % name, name_start)
                    return self.capture(flags, nested, start, name, name_start)
                if c2 == '=':
                    name_start = self.i
                    name = self.read_name(')', name_start)
                    if not _is_identifier(name, self.is_bytes):
                        raise self.err('bad character in group name %r' % name, name_start)
                    gid = self.groupnames.get(name)
                    if gid is None:
                        raise self.err('unknown group name %r' % name, name_start)
                    self.check_ref(gid, name_start)
                    return (BACKREF, gid, flags)
                raise self.err('unknown extension ?P' + c2, start + 1)
            if c == '#':
                j = self.i
                while j < n and s[j] != ')':
                    if s[j] == '\\':
                        if j + 1 >= n:
                            self.i = j
                        j += 2
                    else:
                        j += 1
                if j >= n:
                    self.i = n
                    raise self.err('missing ), unterminated comment', start)
                self.i = j + 1
                return None
            if c == '=' or c == '!':
                body = self.group_body(flags, nested, start)
                return (LOOK, False, c == '!', body)
            if c == '<':
                if self.i >= n:
                    raise self.err('unexpected end of pattern', self.i)
                c2 = self.next_token()
                if c2 != '=' and c2 != '!':
                    raise self.err('unknown extension ?<' + c2, start + 1)
                saved = self.lookbehind_groups
                if saved is None:
                    self.lookbehind_groups = self.groups
                body = self.group_body(flags, nested, start)
                self.lookbehind_groups = saved
                lo, hi = body_width(body, self.groupwidths)
                if lo != hi:
                    # reported after the whole pattern parsed (as a
                    # compile-time error)
                    self.lookbehind_error = True
                return (LOOK, True, c2 == '!', body)
            if c == '>':
                body = self.group_body(flags, nested, start)
                return (ATOMIC, body)
            if c == '(':
                return self.parse_cond(flags, nested, start)
            if c in _FLAG_LETTERS or c == '-':
                return self.parse_flags(c, flags, nested, first, start)
            raise self.err('unknown extension ?' + c, start + 1)
        return self.capture(flags, nested, start, None, None)

    def read_name(self, term, name_start):
        return self.getuntil(term, 'group name')

    def capture(self, flags, nested, start, name, name_start):
        gid = self.groups
        if name is not None:
            old = self.groupnames.get(name)
            if old is not None:
                raise self.err('redefinition of group name %r as group %d; was group %d'
                               % (name, gid, old), name_start)
        self.groups = gid + 1
        if self.groups > MAXGROUPS:
            raise self.err('too many groups', start)
        if name is not None:
            self.groupnames[name] = gid
        self.open.add(gid)
        body = self.group_body(flags, nested, start)
        self.open.discard(gid)
        self.groupwidths[gid] = body_width(body, self.groupwidths)
        return (GROUP, gid, body)

    def group_body(self, flags, nested, start):
        body = self.parse_body(flags, nested + 1)
        if self.i >= self.n or self.s[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return body

    def parse_cond(self, flags, nested, start):
        s = self.s
        name_start = self.i
        name = self.read_name(')', name_start)
        if not name.isidentifier():
            try:
                gid = int(name)
                if gid < 0:
                    raise ValueError
            except ValueError:
                raise self.err('bad character in group name %r' % name, name_start) from None
            if gid == 0:
                raise self.err('bad group number', name_start)
            if gid >= MAXGROUPS:
                raise self.err('invalid group reference %d' % gid, name_start)
            if gid not in self.condrefs:
                self.condrefs[gid] = name_start
            if self.lookbehind_groups is not None and gid >= self.lookbehind_groups:
                raise self.err('cannot refer to group defined in the same lookbehind subpattern',
                               self.i)
        else:
            if not _is_identifier(name, self.is_bytes):
                raise self.err('bad character in group name %r' % name, name_start)
            gid = self.groupnames.get(name)
            if gid is None:
                raise self.err('unknown group name %r' % name, name_start)
            if self.lookbehind_groups is not None and gid >= self.lookbehind_groups:
                raise self.err('cannot refer to group defined in the same lookbehind subpattern',
                               self.i)
        yes = self.parse_seq(flags, nested + 1, False)
        no = None
        if self.i < self.n and s[self.i] == '|':
            self.i += 1
            no = self.parse_seq(flags, nested + 1, False)
            if self.i < self.n and s[self.i] == '|':
                raise self.err('conditional backref with more than two branches', self.i)
        if self.i >= self.n or s[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return (COND, gid, [yes], [no] if no is not None else [[]])

    def parse_flags(self, c, flags, nested, first, start):
        s = self.s
        n = self.n
        on = 0
        off = 0
        if c != '-':
            while True:
                f = _FLAG_LETTERS[c]
                if self.is_bytes:
                    if c == 'u':
                        raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern",
                                       self.i)
                elif c == 'L':
                    raise self.err("bad inline flags: cannot use 'L' flag with a str pattern",
                                   self.i)
                on |= f
                if (on & _TYPE_FLAGS) and (on & _TYPE_FLAGS) != f and f & _TYPE_FLAGS:
                    raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                                   self.i)
                if self.i >= n:
                    raise self.err('missing -, : or )', self.i)
                c = self.next_token()
                if c == ')':
                    # global flags
                    if not first or nested:
                        raise self.err('global flags not at the start of the expression',
                                       start)
                    self.flags |= on
                    return flags | on
                if c == ':' or c == '-':
                    break
                if c not in _FLAG_LETTERS:
                    msg = 'unknown flag' if c.isalpha() else 'missing -, : or )'
                    raise self.err(msg, self.i - len(c))
        if c == '-':
            if self.i >= n:
                raise self.err('missing flag', self.i)
            c = self.next_token()
            if c not in _FLAG_LETTERS:
                msg = 'unknown flag' if c.isalpha() else 'missing flag'
                raise self.err(msg, self.i - len(c))
            while True:
                f = _FLAG_LETTERS[c]
                if f & _TYPE_FLAGS:
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                   self.i)
                off |= f
                if self.i >= n:
                    raise self.err('missing :', self.i)
                c = self.next_token()
                if c == ':':
                    break
                if c not in _FLAG_LETTERS:
                    msg = 'unknown flag' if c.isalpha() else 'missing :'
                    raise self.err(msg, self.i - len(c))
        if on & off:
            raise self.err('bad inline flags: flag turned on and off', self.i - 1)
        newflags = (flags | on) & ~off
        if on & _TYPE_FLAGS:
            newflags = (newflags & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
        body = self.group_body(newflags, nested, start)
        return (GROUP, 0, body)


class LoneParser(Parser):
    """A parser for a pattern ending in a lone backslash: reaching it
    (consuming the token before it) is an error, as CPython's one-token
    lookahead finds it then."""

    lone = 1 << 62

    def _get_i(self):
        return self._i

    def _set_i(self, v):
        if v >= self.lone:
            self._i = self.lone
            raise self.err('bad escape (end of pattern)', self.lone)
        self._i = v

    i = property(_get_i, _set_i)


def _lone_backslash(s):
    k = len(s)
    while k > 0 and s[k - 1] == '\\':
        k -= 1
    return (len(s) - k) % 2 == 1


# -- widths -------------------------------------------------------------

def body_width(body, groupwidths):
    lo = INF
    hi = 0
    for seq in body:
        l, h = seq_width(seq, groupwidths)
        if l < lo:
            lo = l
        if h > hi:
            hi = h
    if lo == INF and not body:
        lo = 0
    return lo, hi


def seq_width(seq, groupwidths):
    lo = 0
    hi = 0
    for item in seq:
        l, h = item_width(item, groupwidths)
        lo += l
        hi += h
    return min(lo, INF), min(hi, INF)


def item_width(item, groupwidths):
    k = item[0]
    if k == LIT or k == ANY or k == IN:
        return 1, 1
    if k == AT or k == LOOK:
        return 0, 0
    if k == GROUP:
        return body_width(item[2], groupwidths)
    if k == REPEAT:
        l, h = body_width(item[4], groupwidths)
        lo = l * item[1]
        if item[2] is None:
            hi = INF if h else 0
        else:
            hi = h * item[2]
        return min(lo, INF), min(hi, INF)
    if k == BACKREF:
        return groupwidths.get(item[1], (0, INF))
    if k == ATOMIC:
        return body_width(item[1], groupwidths)
    if k == COND:
        l1, h1 = body_width(item[2], groupwidths)
        l2, h2 = body_width(item[3], groupwidths)
        return min(l1, l2), max(h1, h2)
    return 0, INF


def fix_flags(is_bytes, flags):
    if not is_bytes:
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & LOCALE and flags & ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(pattern, flags):
    """Parse `pattern`; returns (body, final flags, group count,
    {name: gid}, {gid: (min width, max width)})."""
    p = Parser(pattern, flags)
    if _lone_backslash(p.s):
        p = LoneParser(pattern, flags)
        p.lone = p.n - 1
    body = p.parse()
    flags = fix_flags(p.is_bytes, p.flags)
    if p.lookbehind_error:
        raise error('look-behind requires fixed-width pattern')
    return body, flags, p.groups - 1, p.groupnames, p.groupwidths
