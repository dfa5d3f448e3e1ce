"""pygil's urllib.parse: split URLs into components and put them back,
resolve relative URLs, and percent-encode / decode URL parts.

The results match CPython 3.11's module (RFC 3986 with the same
historical quirks).  Functions accept str or bytes (ASCII) arguments and
answer in the same type.
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes",
           "unwrap"]

# Schemes that take relative URLs, a network location, parameters, ...
uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap",
                 "wais", "file", "https", "shttp", "mms",
                 "prospero", "rtsp", "rtsps", "rtspu", "sftp",
                 "svn", "svn+ssh", "ws", "wss"]

uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet",
               "imap", "wais", "file", "mms", "https", "shttp",
               "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync",
               "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
               "ws", "wss"]

uses_params = ["", "ftp", "hdl", "prospero", "http", "imap",
               "https", "shttp", "rtsp", "rtsps", "rtspu", "sip",
               "sips", "mms", "sftp", "tel"]

non_hierarchical = ["gopher", "hdl", "mailto", "news",
                    "telnet", "wais", "imap", "snews", "sip", "sips"]

uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms",
              "gopher", "rtsp", "rtsps", "rtspu", "sip", "sips"]

uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news",
                 "nntp", "wais", "https", "shttp", "snews",
                 "file", "prospero"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

# Leading C0 controls and spaces are stripped (WHATWG URL standard), and
# tab/CR/LF removed everywhere.
_WHATWG_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ["\t", "\r", "\n"]

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: this module keeps no cache."""


# ---------------------------------------------------------------------------
# str / bytes coercion
# ---------------------------------------------------------------------------

_implicit_encoding = "ascii"
_implicit_errors = "strict"


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding,
                   errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding,
                 errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else "" for x in args)


def _coerce_args(*args):
    """Decode bytes arguments to str; return them and the function that
    turns a str result back into the callers' type."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        # An empty argument of the other type is allowed (a default).
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------

class _Result(tuple):
    """A named tuple of URL components (shared by all result types)."""

    __slots__ = ()
    _fields = ()

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(cls._fields):
            raise TypeError("%s() takes %d positional arguments but %d were "
                            "given" % (cls.__name__, len(cls._fields),
                                       len(values)))
        for name in cls._fields[len(values):]:
            if name not in kwargs:
                raise TypeError("%s() missing required argument: %r"
                                % (cls.__name__, name))
            values.append(kwargs.pop(name))
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument %r"
                            % (cls.__name__, next(iter(kwargs))))
        return tuple.__new__(cls, values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d"
                            % (len(cls._fields), len(values)))
        return tuple.__new__(cls, values)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (name, value)
            for name, value in zip(self._fields, self)))


def _field(index, doc):
    return property(lambda self: self[index], doc=doc)


class _NetlocMixin:
    """hostname/port/username/password parsed from the netloc."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # Lower-case the host but not an IPv6 zone id after '%'.
        sep = "%" if isinstance(hostname, str) else b"%"
        host, percent, zone = hostname.partition(sep)
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if isinstance(port, bytes):
            text = port.decode("ascii", "replace")
        else:
            text = port
        if not (text.isdigit() and text.isascii()):
            raise ValueError("Port could not be cast to integer value as %r"
                             % (port,))
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    @property
    def _userinfo(self):
        netloc = self.netloc
        at = "@" if isinstance(netloc, str) else b"@"
        colon = ":" if isinstance(netloc, str) else b":"
        userinfo, have_info, _host = netloc.rpartition(at)
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(colon)
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, colon, lb, rb = "@", ":", "[", "]"
        else:
            at, colon, lb, rb = b"@", b":", b"[", b"]"
        hostinfo = netloc.rpartition(at)[2]
        _before, have_bracket, bracketed = hostinfo.partition(lb)
        if have_bracket:
            hostname, _rb, rest = bracketed.partition(rb)
            port = rest.partition(colon)[2]
        else:
            hostname, _colon, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port


class _StrResult:
    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._encoded_class(*(x.encode(encoding, errors)
                                     for x in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._decoded_class(*(x.decode(encoding, errors)
                                     for x in self))


class _DefragBase(_Result):
    __slots__ = ()
    _fields = ("url", "fragment")
    url = _field(0, "The URL with no fragment identifier.")
    fragment = _field(1, "Fragment identifier separated from URL.")

    def geturl(self):
        if self.fragment:
            sep = "#" if isinstance(self.url, str) else b"#"
            return self.url + sep + self.fragment
        return self.url


class _SplitBase(_Result):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "query", "fragment")
    scheme = _field(0, "Specifies URL scheme for the request.")
    netloc = _field(1, "Network location where the request is made to.")
    path = _field(2, "The hierarchical path.")
    query = _field(3, "The query component.")
    fragment = _field(4, "Fragment identifier.")

    def geturl(self):
        return urlunsplit(self)


class _ParseBase(_Result):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")
    scheme = _field(0, "Specifies URL scheme for the request.")
    netloc = _field(1, "Network location where the request is made to.")
    path = _field(2, "The hierarchical path.")
    params = _field(3, "Parameters for last path element.")
    query = _field(4, "The query component.")
    fragment = _field(5, "Fragment identifier.")

    def geturl(self):
        return urlunparse(self)


class DefragResult(_DefragBase, _StrResult):
    __slots__ = ()


class SplitResult(_SplitBase, _NetlocMixin, _StrResult):
    __slots__ = ()


class ParseResult(_ParseBase, _NetlocMixin, _StrResult):
    __slots__ = ()


class DefragResultBytes(_DefragBase, _BytesResult):
    __slots__ = ()


class SplitResultBytes(_SplitBase, _NetlocMixin, _BytesResult):
    __slots__ = ()


class ParseResultBytes(_ParseBase, _NetlocMixin, _BytesResult):
    __slots__ = ()


DefragResult._encoded_class = DefragResultBytes
SplitResult._encoded_class = SplitResultBytes
ParseResult._encoded_class = ParseResultBytes
DefragResultBytes._decoded_class = DefragResult
SplitResultBytes._decoded_class = SplitResult
ParseResultBytes._decoded_class = ParseResult

_ENCODED_OF = {DefragResult: DefragResultBytes, SplitResult: SplitResultBytes,
               ParseResult: ParseResultBytes}


def _result(cls, values, coerce):
    """Build cls from str values, re-encoded if the input was bytes."""
    if coerce is _noop:
        return cls(*values)
    return _ENCODED_OF[cls](*(coerce(v) for v in values))


# ---------------------------------------------------------------------------
# Splitting and joining
# ---------------------------------------------------------------------------

# Characters whose NFKC form contains one of '/?#@:' (they could make a
# netloc mean something else once normalised, e.g. U+FF03 FULLWIDTH
# NUMBER SIGN).  Computed from the Unicode database; kept here because
# pygil has no unicodedata module.
_NFKC_DANGEROUS = frozenset(chr(cp) for cp in (
    0x2047, 0x2048, 0x2049, 0x2100, 0x2101, 0x2105, 0x2106, 0x2A74,
    0xFE13, 0xFE16, 0xFE55, 0xFE56, 0xFE5F, 0xFE6B, 0xFF03, 0xFF0F,
    0xFF1A, 0xFF1F, 0xFF20))


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    stripped = netloc.replace("@", "").replace(":", "").replace("#", "") \
        .replace("?", "")
    if any(ch in _NFKC_DANGEROUS for ch in stripped):
        raise ValueError("netloc '%s' contains invalid characters under "
                         "NFKC normalization" % netloc)


def _is_ipv4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not (part.isdigit() and
                                             part.isascii()):
            return False
        if len(part) > 1 and part[0] == "0":
            return False        # leading zeros are ambiguous, refused
        if int(part) > 255:
            return False
    return True


def _is_ipv6(text):
    """Validate an IPv6 address (optionally with a %zone suffix)."""
    addr, percent, zone = text.partition("%")
    if percent and (not zone or "%" in zone or "/" in zone):
        return False
    if not addr:
        return False
    groups_max = 8
    if "." in addr:
        # Embedded IPv4 in the last 32 bits.
        head, _dot, _tail = addr.rpartition(":")
        if not _is_ipv4(addr[len(head) + 1:]):
            return False
        addr = head + ":0:0"
    if addr.count("::") > 1:
        return False
    hexdigits = "0123456789abcdefABCDEF"

    def valid_groups(groups):
        for group in groups:
            if not group or len(group) > 4:
                return False
            if any(ch not in hexdigits for ch in group):
                return False
        return True

    if "::" in addr:
        left, right = addr.split("::")
        lgroups = left.split(":") if left else []
        rgroups = right.split(":") if right else []
        if not valid_groups(lgroups) or not valid_groups(rgroups):
            return False
        return len(lgroups) + len(rgroups) <= groups_max - 1
    groups = addr.split(":")
    return len(groups) == groups_max and valid_groups(groups)


def _check_bracketed_host(hostname):
    if hostname.startswith("v"):
        # IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
        body = hostname[1:]
        hexpart, dot, rest = body.partition(".")
        if not (dot and hexpart and rest and
                all(ch in "0123456789abcdefABCDEF" for ch in hexpart)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address"
                         % (hostname,))


def _splitnetloc(url, start=0):
    """Split url[start:] at the first '/', '?' or '#' into netloc, rest."""
    end = len(url)
    for ch in "/?#":
        pos = url.find(ch, start)
        if 0 <= pos < end:
            end = pos
    return url[start:end], url[end:]


def urlsplit(url, scheme="", allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(ch, "")
        scheme = scheme.replace(ch, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for ch in url[:colon]:
            if ch not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    _checknetloc(netloc)
    return _result(SplitResult, (scheme, netloc, url, query, fragment),
                   coerce)


def _splitparams(url):
    """Split ';params' off the last path segment."""
    if "/" in url:
        semi = url.find(";", url.rfind("/"))
        if semi < 0:
            return url, ""
    else:
        semi = url.find(";")
    return url[:semi], url[semi + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Split url into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, path, query, fragment = parts
    if scheme in uses_params and ";" in path:
        path, params = _splitparams(path)
    else:
        params = ""
    return _result(ParseResult,
                   (scheme, netloc, path, params, query, fragment), coerce)


def urlunsplit(components):
    """Put a 5-item split back together (may differ from the original in
    redundant delimiters, like an empty '?')."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(
        *components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return coerce(url)


def urlunparse(components):
    """Put a 6-item parse back together."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(
        *components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query,
                                      fragment)))
        netloc = bnetloc

    if not path and not params:
        # Only a query and/or fragment: keep the base's path.
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, bpath, bparams, query,
                                  fragment)))

    if path[:1] == "/":
        segments = path.split("/")
    else:
        # Merge: the base path minus its last segment, then the reference.
        base_segments = bpath.split("/")
        if base_segments[-1] != "":
            base_segments.pop()
        segments = base_segments + path.split("/")
        # Empty inner segments ('a//b') are dropped when merging.
        segments[1:-1] = [seg for seg in segments[1:-1] if seg]

    resolved = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg != ".":
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        # A trailing dot segment still denotes a directory.
        resolved.append("")
    return coerce(urlunparse((scheme, netloc, "/".join(resolved) or "/",
                              params, query, fragment)))


def urldefrag(url):
    """Split the fragment off url; return DefragResult(url, fragment)."""
    url, coerce = _coerce_args(url)
    if "#" in url:
        scheme, netloc, path, params, query, frag = urlparse(url)
        defrag = urlunparse((scheme, netloc, path, params, query, ""))
    else:
        frag = ""
        defrag = url
    return _result(DefragResult, (defrag, frag), coerce)


# ---------------------------------------------------------------------------
# Percent-encoding
# ---------------------------------------------------------------------------

_HEXDIGITS = "0123456789ABCDEFabcdef"
_HEXBYTES = b"0123456789ABCDEFabcdef"

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         b"abcdefghijklmnopqrstuvwxyz"
                         b"0123456789"
                         b"_.-~")
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)

# '%XX' for every byte value.
_PERCENT = ["%%%02X" % i for i in range(256)]


def unquote_to_bytes(string):
    """Decode %XX escapes in string (str or bytes) to bytes."""
    if not string:
        # Raise AttributeError for non-strings, like CPython.
        string.split
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    if b"%" not in string:
        return bytes(string)
    out = bytearray()
    pos = 0
    n = len(string)
    while True:
        pct = string.find(b"%", pos)
        if pct < 0:
            out += string[pos:]
            break
        out += string[pos:pct]
        pair = string[pct + 1:pct + 3]
        if len(pair) == 2 and pair[0] in _HEXBYTES and pair[1] in _HEXBYTES:
            out.append(int(pair.decode("ascii"), 16))
            pos = pct + 3
        else:
            out.append(0x25)
            pos = pct + 1
        if pos >= n:
            break
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %XX escapes by the characters they encode.

    Runs of escapes are decoded together with encoding/errors, so
    multi-byte UTF-8 sequences come out as single characters.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # Only ASCII runs can hold escapes; decode those, keep the rest.
    pieces = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        ascii_run = string[start] < "\x80"
        while end < n and (string[end] < "\x80") == ascii_run:
            end += 1
        run = string[start:end]
        if ascii_run and "%" in run:
            run = unquote_to_bytes(run).decode(encoding, errors)
        pieces.append(run)
        start = end
    return "".join(pieces)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), and '+' becomes a space (form encoding)."""
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe="/"):
    """Percent-encode the bytes bs, leaving ASCII letters, digits, '_.-~'
    and the characters in safe alone."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    pieces = []
    for byte in bs:
        pieces.append(chr(byte) if byte in keep else _PERCENT[byte])
    return "".join(pieces)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode string (str is first encoded, UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), but spaces become '+' (form encoding)."""
    if ((isinstance(string, str) and " " not in string) or
            (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def urlencode(query, doseq=False, safe="", encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or sequence of pairs as 'k1=v1&k2=v2'.

    With doseq, a sequence value gives one k=v pair per element.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping "
                            "object") from err

    def enc(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = enc(key)
        if not doseq or isinstance(value, (str, bytes)):
            pairs.append(key + "=" + enc(value))
            continue
        try:
            len(value)
        except TypeError:
            pairs.append(key + "=" + enc(value))
            continue
        for element in value:
            pairs.append(key + "=" + enc(element))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None,
              separator="&"):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace("+", " "), encoding=encoding,
                           errors=errors)
            value = unquote(value.replace("+", " "), encoding=encoding,
                            errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None,
             separator="&"):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


# ---------------------------------------------------------------------------
# Helpers used by urllib.request (and kept for old callers)
# ---------------------------------------------------------------------------

def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == "<" and url[-1:] == ">":
        url = url[1:-1].strip()
    if url[:4] == "URL:":
        url = url[4:].strip()
    return url


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'); type lower-cased.
    Anything before the first ':' without a '/' counts as the type."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    if url[:2] != "//":
        return None, url
    rest = url[2:]
    end = len(rest)
    for ch in "/?#":
        pos = rest.find(ch)
        if 0 <= pos < end:
            end = pos
    host, path = rest[:end], rest[end:]
    if path and path[0] != "/":
        path = "/" + path
    return host, path


def _splituser(host):
    """'user:passwd@host:port' -> ('user:passwd', 'host:port')."""
    user, delim, host = host.rpartition("@")
    return (user if delim else None), host


def _splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    user, delim, passwd = user.partition(":")
    return user, (passwd if delim else None)


def _splitport(host):
    """'host:port' -> ('host', 'port'); port None if absent/not digits."""
    head, colon, port = host.rpartition(":")
    if colon and port.isdigit() and port.isascii():
        return head, port
    if colon and not port:
        return head, None
    return host, None


def _splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, delim, tag = url.rpartition("#")
    if delim:
        return path, tag
    return url, None


def _splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, delim, query = url.rpartition("?")
    if delim:
        return path, query
    return url, None


def _to_bytes(url):
    """Kept for compatibility: URLs must be ASCII."""
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url
