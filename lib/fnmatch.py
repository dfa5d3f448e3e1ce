"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention
(on POSIX: case-sensitive).  fnmatchcase(FILENAME, PATTERN) always takes
case into account.

Patterns are Unix shell style:
    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq (ranges like a-z allowed)
    [!seq]  matches any char not in seq

Matching is done by a small built-in matcher (no regular expressions);
translate() still produces an equivalent regular expression string.
"""

import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = ('*',)
_ANY = ('?',)


def _normcase(path):
    try:
        import os
        return os.path.normcase(path)
    except (ImportError, AttributeError):
        return posixpath.normcase(path)


def _parse(pattern):
    """Turn a str pattern into a list of tokens.

    Tokens: _STAR, _ANY, ('char', c) or ('set', negated, chars, ranges,
    members): chars is a frozenset, ranges a tuple of (low, high) pairs
    and members all of them in written order (for translate()).
    Consecutive stars are merged.  An unterminated '[' is a literal.
    """
    tokens = []
    size = len(pattern)
    index = 0
    while index < size:
        ch = pattern[index]
        index += 1
        if ch == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif ch == '?':
            tokens.append(_ANY)
        elif ch == '[':
            parsed = _parse_set(pattern, index)
            if parsed is None:
                tokens.append(('char', '['))
            else:
                token, index = parsed
                tokens.append(token)
        else:
            tokens.append(('char', ch))
    return tokens


def _parse_set(pattern, index):
    """Parse a [...] set whose '[' is just before index.

    Returns (token, index after ']') or None when there is no closing
    bracket.  A ']' right after '[' or '[!' is an ordinary member.
    """
    size = len(pattern)
    start = index
    negated = False
    if start < size and pattern[start] == '!':
        negated = True
        start += 1
    close = pattern.find(']', start + 1 if start < size and
                         pattern[start] == ']' else start)
    if close < 0:
        return None
    content = pattern[start:close]
    chars = set()
    ranges = []
    order = []          # members as written: a char or a (low, high) pair
    position = 0
    while position < len(content):
        # "x-y" is a range when something follows the hyphen.
        if (position + 2 < len(content)
                and content[position + 1] == '-'):
            low, high = content[position], content[position + 2]
            if low <= high:         # reversed ranges match nothing
                ranges.append((low, high))
                order.append((low, high))
            position += 3
        else:
            chars.add(content[position])
            order.append(content[position])
            position += 1
    token = ('set', negated, frozenset(chars), tuple(ranges), tuple(order))
    return token, close + 1


def _token_matches(token, ch):
    kind = token[0]
    if kind == 'char':
        return token[1] == ch
    if kind == '?':
        return True
    # a set
    _, negated, chars, ranges, _ = token
    found = ch in chars
    if not found:
        for low, high in ranges:
            if low <= ch <= high:
                found = True
                break
    return found != negated


def _match_tokens(tokens, name):
    """Match name against tokens.  Stars are handled by remembering the
    last star seen and retrying with it absorbing one more character."""
    ti = ni = 0
    star_ti = -1
    star_ni = 0
    count = len(tokens)
    size = len(name)
    while ni < size:
        if ti < count:
            token = tokens[ti]
            if token is _STAR:
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if _token_matches(token, name[ni]):
                ti += 1
                ni += 1
                continue
        if star_ti < 0:
            return False
        star_ni += 1
        ni = star_ni
        ti = star_ti + 1
    while ti < count and tokens[ti] is _STAR:
        ti += 1
    return ti == count


_cache = {}
_CACHE_LIMIT = 256


def _compiled(pattern):
    tokens = _cache.get(pattern)
    if tokens is None:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        tokens = _parse(pattern)
        _cache[pattern] = tokens
    return tokens


def _as_text(name, pattern):
    # Both str, or both bytes (bytes are matched as latin-1 text).
    if isinstance(pattern, bytes):
        if isinstance(name, str):
            raise TypeError('cannot use a bytes pattern on a string-like '
                            'object')
        return bytes(name).decode('latin-1'), pattern.decode('latin-1')
    if isinstance(pattern, str):
        if not isinstance(name, str):
            if isinstance(name, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a '
                                'bytes-like object')
            raise TypeError('expected string or bytes-like object, got %r'
                            % type(name).__name__)
        return name, pattern
    raise TypeError('first argument must be string or compiled pattern')


def fnmatchcase(name, pat):
    """Case-sensitive match of name against the shell pattern pat."""
    name, pat = _as_text(name, pat)
    return _match_tokens(_compiled(pat), name)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-normalised as the OS
    does; a no-op on POSIX)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """The items of names that match pat, as a list."""
    pat = _normcase(pat)
    return [name for name in names if fnmatchcase(_normcase(name), pat)]


# --- translate -----------------------------------------------------------------------

# Characters with a special meaning in regular expressions (escaped by
# translate, like re.escape does).
_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + ch if ch in _REGEX_SPECIAL else ch for ch in text)


def _set_member(ch):
    # Escape what is special inside a regex character class.
    if ch in '\\-&~|':
        return '\\' + ch
    return ch


def translate(pat):
    """A regular expression string equivalent to the shell pattern pat
    (meta-characters cannot be escaped in shell patterns).
    """
    out = []
    literal = []

    def flush():
        if literal:
            out.append(_escape(''.join(literal)))
            literal.clear()

    for token in _parse(pat):
        if token[0] == 'char':
            literal.append(token[1])
            continue
        flush()
        if token is _STAR:
            out.append('.*')
        elif token is _ANY:
            out.append('.')
        else:
            negated, members = token[1], token[4]
            body = ''.join(
                _set_member(m) if isinstance(m, str)
                else '%s-%s' % (_set_member(m[0]), _set_member(m[1]))
                for m in members)
            if not body:
                out.append('.' if negated else '(?!)')
                continue
            if not negated and body[0] in '^[':
                body = '\\' + body
            out.append('[%s%s]' % ('^' if negated else '', body))
    flush()
    return '(?s:%s)\\Z' % ''.join(out)

