"""Syntax tree (see _parser) -> program for the matcher (see _engine).

Besides the code, a Program carries what the search loop uses to skip
start positions that cannot match: a literal prefix, the set of possible
first characters, a literal every match contains, and whether the
pattern is anchored at the start of the string.
"""

from . import _parser as P
from ._engine import (
    CHAR, STR, CLASS, SET, REP1, SAVE, SAVEE, SPLIT, JMP, ANY, ANYALL, AT,
    REPCHK, REPEND, REPINIT, REP1L, STRI, ALTD, BACKREF, LOOK, ATOMIC, COND,
    REPCHKL, REPSETL, MATCH, POSS, _one,
    K_CHAR, K_CLASS, K_SET, K_ANY, K_ANYALL, K_NOTCHAR,
    AT_BOS, AT_BOL, AT_EOL, AT_EOLM, AT_EOS, AT_WB, AT_NWB,
)

INF = P.INF

_ASCII_DIGITS = frozenset('0123456789')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_SPACE = frozenset(' \t\n\r\x0b\x0c')
_ENUM_LIMIT = 512


# -- case folding ---------------------------------------------------------

_special = None


def _special_map():
    global _special
    if _special is None:
        from ._casefold import CLASSES
        m = {}
        for cls in CLASSES:
            for c in cls:
                m[c] = cls
        _special = m
    return _special


def variants(c, ascii_only):
    """All characters that match c case-insensitively (c included)."""
    if ascii_only:
        if 'a' <= c <= 'z':
            return c + chr(ord(c) - 32)
        if 'A' <= c <= 'Z':
            return c + chr(ord(c) + 32)
        return c
    if c < '\x80':
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            if c in 'iIsSkK':
                return _special_map()[c]
            return c + c.swapcase()
        return c
    sp = _special_map().get(c)
    if sp is not None:
        return sp
    r = c
    lo = c.lower()
    if len(lo) == 1 and lo != c:
        r += lo
    up = c.upper()
    if len(up) == 1 and up != c and up not in r:
        r += up
    return r


def lower1(c, ascii_only):
    """The simple lowercase mapping used by case-insensitive backrefs."""
    if ascii_only:
        if 'A' <= c <= 'Z':
            return chr(ord(c) + 32)
        return c
    lo = c.lower()
    if len(lo) == 1:
        return lo
    return lo[0] if c == '\u0130' else c


# -- character tables -------------------------------------------------------

class Table(dict):
    """A character -> bool membership cache; misses ask `test`."""

    def __init__(self, test):
        self.test = test

    def __missing__(self, c):
        r = self.test(c)
        self[c] = r
        return r


def _u_word(c):
    return c.isalnum() or c == '_'


def _a_word(c):
    return c in _ASCII_WORD


WORD_UNICODE = Table(_u_word)
WORD_ASCII = Table(_a_word)


def _cat_test(cat, ascii_only):
    if ascii_only:
        if cat == 'd':
            return _ASCII_DIGITS.__contains__
        if cat == 'w':
            return _ASCII_WORD.__contains__
        if cat == 's':
            return _ASCII_SPACE.__contains__
        if cat == 'D':
            return lambda c: c not in _ASCII_DIGITS
        if cat == 'W':
            return lambda c: c not in _ASCII_WORD
        return lambda c: c not in _ASCII_SPACE
    if cat == 'd':
        return str.isdecimal
    if cat == 'w':
        return _u_word
    if cat == 's':
        return str.isspace
    if cat == 'D':
        return lambda c: not c.isdecimal()
    if cat == 'W':
        return lambda c: not (c.isalnum() or c == '_')
    return lambda c: not c.isspace()


def _ascii_only(flags, is_bytes):
    return is_bytes or bool(flags & (P.ASCII | P.LOCALE))


class CharClass:
    """A compiled [...] set (or \\d \\w \\s ...)."""

    def __init__(self, members, negate, flags, is_bytes):
        self.negate = negate
        self.icase = bool(flags & P.IGNORECASE)
        self.ascii_only = _ascii_only(flags, is_bytes)
        self.is_bytes = is_bytes
        chars = set()
        ranges = []
        cats = []
        for m in members:
            if m[0] == 'c':
                chars.add(m[1])
            elif m[0] == 'r':
                lo, hi = ord(m[1]), ord(m[2])
                if hi - lo < 64:
                    for o in range(lo, hi + 1):
                        chars.add(chr(o))
                else:
                    ranges.append((lo, hi))
            else:
                cats.append(m[1])
        self.chars = frozenset(chars)
        self.ranges = ranges
        self.cats = cats
        self.cat_tests = [_cat_test(c, self.ascii_only) for c in cats]
        self._table = None

    def raw(self, c):
        if c in self.chars:
            return True
        if self.ranges:
            o = ord(c)
            for lo, hi in self.ranges:
                if lo <= o <= hi:
                    return True
        for t in self.cat_tests:
            if t(c):
                return True
        return False

    def test(self, c):
        r = self.raw(c)
        if not r and self.icase:
            for v in variants(c, self.ascii_only):
                if v != c and self.raw(v):
                    r = True
                    break
        return r != self.negate

    def table(self):
        if self._table is None:
            self._table = Table(self.test)
        return self._table

    def enumerate(self):
        """A frozenset of every member, or None when too large or not
        enumerable."""
        if self.negate and not self.is_bytes:
            return None
        if self.is_bytes:
            return frozenset(c for c in map(chr, range(256)) if self.test(c))
        out = set(self.chars)
        size = len(out)
        for lo, hi in self.ranges:
            size += hi - lo + 1
            if size > _ENUM_LIMIT:
                return None
            for o in range(lo, hi + 1):
                out.add(chr(o))
        for cat in self.cats:
            if not self.ascii_only or cat not in 'dws':
                return None
            out |= {'d': _ASCII_DIGITS, 'w': _ASCII_WORD, 's': _ASCII_SPACE}[cat]
        if self.icase:
            for c in list(out):
                out.update(variants(c, self.ascii_only))
        return frozenset(out)

    def matcher(self):
        """(kind, arg) for a single-character matcher."""
        if self.negate and not self.icase and len(self.chars) == 1 \
                and not self.ranges and not self.cats:
            for c in self.chars:
                if c == '\n':
                    return K_ANY, None
                return K_NOTCHAR, c
        fs = self.enumerate()
        if fs is not None:
            if len(fs) == 1:
                for c in fs:
                    return K_CHAR, c
            return K_SET, fs
        return K_CLASS, self.table()


# -- the program --------------------------------------------------------------

class Program:
    def __init__(self):
        self.code = None
        self.init = None
        self.anchored = False
        self.prefix = ''
        self.required = None
        self.first = None
        self.first_kind = None
        self.skip = None
        self.skip_kind = None


class Compiler:
    def __init__(self, ngroups, is_bytes):
        self.ngroups = ngroups
        self.is_bytes = is_bytes
        self.lastindex_slot = 2 * (ngroups + 1)
        self.nregs = self.lastindex_slot + 1

    def new_slots(self):
        c = self.nregs
        self.nregs += 2
        return c, c + 1

    # -- single-character matchers ---------------------------------------

    def char_matcher(self, item):
        """(kind, arg) when item matches exactly one character, else None."""
        k = item[0]
        if k == P.LIT:
            c = item[1]
            if item[2] & P.IGNORECASE:
                v = variants(c, _ascii_only(item[2], self.is_bytes))
                if len(v) > 1:
                    return K_SET, frozenset(v)
            return K_CHAR, c
        if k == P.ANY:
            return (K_ANYALL, None) if item[1] & P.DOTALL else (K_ANY, None)
        if k == P.IN:
            return CharClass(item[2], item[1], item[3], self.is_bytes).matcher()
        if k == P.GROUP and item[1] == 0:
            return self.body_char_matcher(item[2])
        return None

    def body_char_matcher(self, body):
        """(kind, arg) when every alternative of body is one character
        matcher (a|b|[cd] is a set), else None."""
        ms = []
        for seq in body:
            if len(seq) != 1:
                return None
            m = self.char_matcher(seq[0])
            if m is None:
                return None
            ms.append(m)
        if len(ms) == 1:
            return ms[0]
        union = set()
        for kind, arg in ms:
            if kind == K_CHAR:
                union.add(arg)
            elif kind == K_SET:
                union |= arg
            else:
                break
        else:
            return K_SET, frozenset(union)
        tests = tuple(ms)
        return K_CLASS, Table(lambda c: any(_one(kind, arg, c) for kind, arg in tests))

    # -- first characters -------------------------------------------------

    def first_of_item(self, item):
        """(chars, nullable): chars a frozenset of possible first
        characters, or None when unknown."""
        k = item[0]
        if k == P.LIT or k == P.IN or k == P.ANY:
            m = self.char_matcher(item)
            kind, arg = m
            if kind == K_CHAR:
                return frozenset(arg), False
            if kind == K_SET:
                return arg, False
            return None, False
        if k == P.AT or k == P.LOOK:
            return frozenset(), True
        if k == P.GROUP:
            return self.first_of_body(item[2])
        if k == P.ATOMIC:
            return self.first_of_body(item[1])
        if k == P.REPEAT:
            if item[2] == 0:
                return frozenset(), True
            fs, nullable = self.first_of_body(item[4])
            return fs, nullable or item[1] == 0
        if k == P.COND:
            f1, n1 = self.first_of_body(item[2])
            f2, n2 = self.first_of_body(item[3])
            if f1 is None or f2 is None:
                return None, n1 or n2
            return f1 | f2, n1 or n2
        return None, True

    def first_of_seq(self, seq):
        out = frozenset()
        for item in seq:
            fs, nullable = self.first_of_item(item)
            if fs is None:
                return None, nullable
            out = out | fs
            if not nullable:
                return out, False
        return out, True

    def first_of_body(self, body):
        out = frozenset()
        nullable = False
        for seq in body:
            fs, n = self.first_of_seq(seq)
            if n:
                nullable = True
            if fs is None:
                return None, nullable
            out = out | fs
        return out, nullable

    # -- emission ---------------------------------------------------------

    def compile_sub(self, body):
        code = []
        self.emit_body(body, code, None)
        code.append([MATCH])
        return [tuple(i) for i in code]

    def emit_body(self, body, code, follow):
        if len(body) == 1:
            self.emit_seq(body[0], code, follow)
            return
        m = self.body_char_matcher(body)
        if m is not None:
            kind, arg = m
            if kind == K_SET:
                code.append([SET, arg])
            elif kind == K_CLASS:
                code.append([CLASS, arg])
            elif kind == K_CHAR:
                code.append([CHAR, arg])
            elif kind == K_NOTCHAR:
                code.append([CLASS, Table(arg.__ne__)])
            else:
                code.append([ANYALL] if kind == K_ANYALL else [ANY])
            return
        firsts = [self.first_of_seq(seq) for seq in body]
        known = sum(1 for fs, n in firsts if fs is not None and not n)
        if known >= 2 or (known and len(body) > 2):
            self.emit_dispatch(body, firsts, code, follow)
            return
        jumps = []
        for idx, seq in enumerate(body):
            if idx < len(body) - 1:
                split = [SPLIT, len(code) + 1, None]
                code.append(split)
                self.emit_seq(seq, code, follow)
                j = [JMP, None]
                code.append(j)
                jumps.append(j)
                split[2] = len(code)
            else:
                self.emit_seq(seq, code, follow)
        for j in jumps:
            j[1] = len(code)

    def emit_dispatch(self, body, firsts, code, follow):
        ins = [ALTD, None, None, None]
        code.append(ins)
        starts = []
        jumps = []
        for idx, seq in enumerate(body):
            starts.append(len(code))
            self.emit_seq(seq, code, follow)
            if idx < len(body) - 1:
                j = [JMP, None]
                code.append(j)
                jumps.append(j)
        for j in jumps:
            j[1] = len(code)
        chars = set()
        for fs, n in firsts:
            if fs is not None:
                chars |= fs
        table = {}
        for c in chars:
            table[c] = tuple(starts[k] for k, (fs, n) in enumerate(firsts)
                             if fs is None or n or c in fs)
        default = tuple(starts[k] for k, (fs, n) in enumerate(firsts) if fs is None or n)
        ins[1] = table
        ins[2] = default
        ins[3] = default

    def emit_seq(self, seq, code, follow):
        n = len(seq)
        i = 0
        while i < n:
            item = seq[i]
            k = item[0]
            if k == P.LIT:
                # a run of literals with the same case sensitivity
                icase = item[2] & P.IGNORECASE
                ascii_only = _ascii_only(item[2], self.is_bytes)
                j = i + 1
                while (j < n and seq[j][0] == P.LIT
                       and (seq[j][2] & P.IGNORECASE) == icase
                       and (not icase or _ascii_only(seq[j][2], self.is_bytes) == ascii_only)):
                    j += 1
                text = ''.join(seq[x][1] for x in range(i, j))
                self.emit_literal(text, icase, ascii_only, code)
                i = j
                continue
            if i + 1 < n:
                nxt = seq[i + 1]
                f = nxt[1] if (nxt[0] == P.LIT and not nxt[2] & P.IGNORECASE) else None
            else:
                f = follow
            self.emit_item(item, code, f)
            i += 1

    def emit_literal(self, text, icase, ascii_only, code):
        if icase:
            sets = [variants(c, ascii_only) for c in text]
            if all(len(v) == 1 for v in sets):
                icase = False
        if not icase:
            if len(text) == 1:
                code.append([CHAR, text])
            else:
                code.append([STR, text, len(text)])
            return
        if len(text) == 1:
            code.append([SET, frozenset(sets[0])])
            return
        code.append([STRI, text.lower(), len(text), tuple(frozenset(v) for v in sets),
                     ascii_only, text.isascii()])

    def emit_item(self, item, code, follow):
        k = item[0]
        if k == P.ANY:
            code.append([ANYALL] if item[1] & P.DOTALL else [ANY])
        elif k == P.IN:
            cc = CharClass(item[2], item[1], item[3], self.is_bytes)
            kind, arg = cc.matcher()
            if kind == K_CHAR:
                code.append([CHAR, arg])
            elif kind == K_SET:
                code.append([SET, arg])
            elif kind == K_ANY:
                code.append([ANY])
            else:
                code.append([CLASS, cc.table()])
        elif k == P.AT:
            self.emit_at(item, code)
        elif k == P.GROUP:
            gid = item[1]
            if gid:
                code.append([SAVE, 2 * gid])
                self.emit_body(item[2], code, follow)
                code.append([SAVEE, 2 * gid + 1, gid, self.lastindex_slot])
            else:
                self.emit_body(item[2], code, follow)
        elif k == P.REPEAT:
            self.emit_repeat(item, code, follow)
        elif k == P.BACKREF:
            icase = None
            if item[2] & P.IGNORECASE:
                icase = _ascii_only(item[2], self.is_bytes)
            code.append([BACKREF, item[1], icase])
        elif k == P.LOOK:
            sub = self.compile_sub(item[3])
            width = self.look_width(item[3]) if item[1] else 0
            code.append([LOOK, sub, item[1], item[2], width])
        elif k == P.ATOMIC:
            code.append([ATOMIC, self.compile_sub(item[1])])
        elif k == P.COND:
            ins = [COND, item[1], None]
            code.append(ins)
            self.emit_body(item[2], code, follow)
            j = [JMP, None]
            code.append(j)
            ins[2] = len(code)
            self.emit_body(item[3], code, follow)
            j[1] = len(code)
        else:
            raise AssertionError(k)

    def look_width(self, body):
        return P.body_width(body, self.groupwidths)[0]

    def emit_at(self, item, code):
        kind = item[1]
        flags = item[2]
        if kind == '^':
            code.append([AT, AT_BOL if flags & P.MULTILINE else AT_BOS, None])
        elif kind == '$':
            code.append([AT, AT_EOLM if flags & P.MULTILINE else AT_EOL, None])
        elif kind == 'A':
            code.append([AT, AT_BOS, None])
        elif kind == 'Z':
            code.append([AT, AT_EOS, None])
        else:
            w = WORD_ASCII if _ascii_only(flags, self.is_bytes) else WORD_UNICODE
            code.append([AT, AT_WB if kind == 'b' else AT_NWB, w])

    def emit_repeat(self, item, code, follow):
        lo = item[1]
        hi = item[2]
        mode = item[3]
        body = item[4]
        if hi == 0:
            return
        himax = INF if hi is None else hi
        m = self.body_char_matcher(body)
        if m is not None:
            if True:
                kind, arg = m
                if mode == P.LAZY:
                    code.append([REP1L, kind, arg, lo, himax, follow])
                else:
                    possessive = mode == P.POSSESSIVE
                    chars, table = self.strip_info(kind, arg)
                    code.append([REP1, kind, arg, lo, himax,
                                 None if possessive else follow, possessive, chars, table,
                                 self.member_table(kind, arg)])
                return
        if mode == P.POSSESSIVE:
            if lo == 1 and hi == 1:
                code.append([ATOMIC, self.compile_sub(body)])
            else:
                code.append([POSS, self.compile_sub(body), lo, himax])
            return
        if lo == 1 and hi == 1:
            self.emit_body(body, code, follow)
            return
        lazy = mode == P.LAZY
        minw = P.body_width(body, self.groupwidths)[0]
        if hi == 1:
            # X? is (?:X|) and X?? is (?:|X)
            at = len(code)
            split = [SPLIT, None, None]
            code.append(split)
            self.emit_body(body, code, None)
            if lazy:
                split[1] = len(code)
                split[2] = at + 1
            else:
                split[1] = at + 1
                split[2] = len(code)
            return
        if hi is None and lo <= 1 and minw > 0:
            if lo == 0:
                top = len(code)
                split = [SPLIT, None, None]
                code.append(split)
                self.emit_body(body, code, None)
                code.append([JMP, top])
                if lazy:
                    split[1] = len(code)
                    split[2] = top + 1
                else:
                    split[1] = top + 1
                    split[2] = len(code)
            else:
                top = len(code)
                self.emit_body(body, code, None)
                here = len(code)
                if lazy:
                    code.append([SPLIT, here + 1, top])
                else:
                    code.append([SPLIT, top, here + 1])
            return
        c, l = self.new_slots()
        init = [REPINIT, c, l, len(code) + 1]
        code.append(init)
        check_pc = len(code)
        if lazy:
            chk = [REPCHKL, c, l, lo, himax, check_pc + 2, None, check_pc + 1]
            code.append(chk)
            code.append([REPSETL, l, check_pc + 2])
        else:
            chk = [REPCHK, c, l, lo, himax, check_pc + 1, None]
            code.append(chk)
        self.emit_body(body, code, None)
        code.append([REPEND, c, check_pc])
        chk[6] = len(code)

    # -- runs of a character class (str.lstrip does the scanning) ----------

    def _alphabet(self):
        return [chr(o) for o in range(256 if self.is_bytes else 128)]

    def strip_info(self, kind, arg):
        """(members, fallback): the members as a string for lstrip and a
        table for the characters outside it (None when it has them all)."""
        if kind == K_CHAR:
            return arg, None
        if kind == K_SET:
            return ''.join(sorted(arg)), None
        if kind == K_CLASS:
            chars = ''.join(c for c in self._alphabet() if arg[c])
            return chars, (None if self.is_bytes else arg)
        return None, None

    def member_table(self, kind, arg):
        if kind == K_CLASS:
            return arg
        if kind == K_SET:
            return Table(arg.__contains__)
        if kind == K_CHAR:
            return Table(arg.__eq__)
        return None

    def complement_info(self, kind, arg):
        """(non-members, fallback) to find the next member."""
        if kind == K_SET:
            non = ''.join(c for c in self._alphabet() if c not in arg)
            return non, (None if self.is_bytes else Table(arg.__contains__))
        if kind == K_CLASS:
            non = ''.join(c for c in self._alphabet() if not arg[c])
            return non, (None if self.is_bytes else arg)
        return None, None

    # -- analysis for the search loop ----------------------------------------

    def lead_matcher(self, body):
        """The matcher of the first character every match consumes, when
        one item decides it (zero-width items before it are skipped)."""
        if len(body) != 1:
            return None
        for item in body[0]:
            k = item[0]
            if k == P.AT or k == P.LOOK:
                continue
            if k == P.LIT or k == P.IN or k == P.ANY:
                return self.char_matcher(item)
            if k == P.GROUP:
                m = self.body_char_matcher(item[2])
                return m if m is not None else self.lead_matcher(item[2])
            if k == P.ATOMIC:
                return self.lead_matcher(item[1])
            if k == P.REPEAT and item[1] >= 1:
                m = self.body_char_matcher(item[4])
                return m if m is not None else self.lead_matcher(item[4])
            return None
        return None

    def literal_prefix(self, seq):
        out = []
        for item in seq:
            k = item[0]
            if k == P.LIT and not item[2] & P.IGNORECASE:
                out.append(item[1])
            elif k == P.AT or k == P.LOOK:
                # zero-width: the consumed text still starts with the run
                continue
            elif k == P.GROUP and len(item[2]) == 1:
                text, complete = self.literal_prefix(item[2][0])
                out.append(text)
                if not complete:
                    return ''.join(out), False
            else:
                return ''.join(out), False
        return ''.join(out), True

    def required_literal(self, seq, runs, cur):
        for item in seq:
            k = item[0]
            if k == P.LIT and not item[2] & P.IGNORECASE:
                cur.append(item[1])
                continue
            if k == P.GROUP and len(item[2]) == 1:
                cur = self.required_literal(item[2][0], runs, cur)
                continue
            if cur:
                runs.append(''.join(cur))
                cur = []
            if k == P.REPEAT and item[1] >= 1 and len(item[4]) == 1:
                sub = []
                self.required_literal(item[4][0], runs, sub)
                if sub:
                    runs.append(''.join(sub))
        return cur


def _sre_charset_quirk(comp, body, gflags):
    """CPython builds the search prefilter of a pattern that starts with
    a set under scoped (?a:...) / (?u:...) flags with the pattern's global
    ASCII/UNICODE choice for \\d \\w \\s: positions that filter rejects
    are never tried.  Returns that filter's table, or None."""
    if len(body) != 1 or not body[0]:
        return None
    item = body[0][0]
    while item[0] == P.GROUP:
        b = item[2]
        if len(b) != 1 or not b[0]:
            return None
        item = b[0][0]
    if item[0] != P.IN:
        return None
    negate, members, iflags = item[1], item[2], item[3]
    if not any(m[0] == 'k' for m in members):
        return None
    if _ascii_only(iflags, comp.is_bytes) == _ascii_only(gflags, comp.is_bytes):
        return None
    if iflags & P.IGNORECASE:
        for m in members:
            if m[0] == 'c':
                if m[1].lower() != m[1] or m[1].upper() != m[1]:
                    return None
            elif m[0] == 'r':
                lo, hi = ord(m[1]), ord(m[2])
                if hi > 0xffff:
                    return None
                for o in range(lo, hi + 1):
                    c = chr(o)
                    if c.lower() != c or c.upper() != c:
                        return None
    types = P.ASCII | P.LOCALE | P.UNICODE
    flags = (iflags & ~(types | P.IGNORECASE)) | (gflags & types)
    return CharClass(members, negate, flags, comp.is_bytes).table()


def compile_pattern(body, ngroups, groupwidths, is_bytes, flags=0):
    comp = Compiler(ngroups, is_bytes)
    comp.groupwidths = groupwidths
    prog = Program()
    code = []
    top_follow = None
    comp.emit_body(body, code, top_follow)
    code.append([MATCH])
    prog.code = [tuple(i) for i in code]
    init = [-1] * (2 * (ngroups + 1))
    init.append(None)
    while len(init) < comp.nregs:
        init.append(0)
        init.append(-1)
    prog.init = init
    if len(body) == 1 and body[0]:
        seq = body[0]
        first = seq[0]
        if first[0] == P.AT and (first[1] == 'A' or (first[1] == '^' and not first[2] & P.MULTILINE)):
            prog.anchored = True
        prefix, complete = comp.literal_prefix(seq)
        prog.prefix = prefix
        if not prefix:
            runs = []
            cur = comp.required_literal(seq, runs, [])
            if cur:
                runs.append(''.join(cur))
            if runs:
                prog.required = max(runs, key=len)
    if not prog.prefix:
        fs, nullable = comp.first_of_body(body)
        if not nullable:
            m = None
            if fs:
                m = (K_CHAR, next(iter(fs))) if len(fs) == 1 else (K_SET, fs)
            elif fs is None:
                m = comp.lead_matcher(body)
            if m is not None and m[0] in (K_CHAR, K_SET, K_CLASS):
                prog.first_kind, prog.first = m
        quirk = _sre_charset_quirk(comp, body, flags)
        if quirk is not None:
            prog.first_kind, prog.first = K_CLASS, quirk
    fnon = ftable = None
    if prog.first_kind == K_SET or prog.first_kind == K_CLASS:
        fnon, ftable = comp.complement_info(prog.first_kind, prog.first)
        ftab = comp.member_table(prog.first_kind, prog.first)
    else:
        ftab = None
    schars = stable = None
    ins = prog.code[0]
    if (ins[0] == REP1 or ins[0] == REP1L) and ins[3] >= 1 and ins[4] == INF \
            and ins[1] in (K_CHAR, K_SET, K_CLASS) and prog.first is not None:
        # a failed attempt at p rules out every start inside the run of
        # matching characters from p (the rest cannot see where it began)
        prog.skip_kind = ins[1]
        prog.skip = ins[2]
        schars, stable = comp.strip_info(ins[1], ins[2])
    prog.plan = (prog.code, prog.init, prog.anchored, prog.required, prog.prefix,
                 prog.first, prog.first_kind, fnon, ftable, ftab, schars, stable)
    return prog
