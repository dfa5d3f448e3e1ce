"""pygil's http.client: the client side of HTTP/1.1.

HTTPConnection sends requests and returns HTTPResponse objects; the
response body is decoded for Content-Length, chunked transfer coding and
close-delimited bodies.  HTTPMessage is a self-contained header container
(pygil has no email package) with the parts of email.message.Message's
interface that HTTP code uses.

HTTPSConnection exists but raises NotImplementedError: pygil has no TLS.

Connection state machine (one request at a time per connection):

    idle --putrequest()--> request started --endheaders()--> request sent
    request sent --getresponse()--> idle (the response is read separately)
"""

import errno
import io
import socket
import http
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException",
           "NotConnected", "UnknownProtocol", "UnknownTransferEncoding",
           "UnimplementedFileMode", "IncompleteRead", "InvalidURL",
           "ImproperConnectionState", "CannotSendRequest",
           "CannotSendHeader", "ResponseNotReady", "BadStatusLine",
           "LineTooLong", "RemoteDisconnected", "error", "responses",
           "HTTPMessage", "parse_headers", "HTTPSConnection"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = "UNKNOWN"

_ENOPROTOOPT = getattr(errno, "ENOPROTOOPT", 92)

# Connection states.
_CS_IDLE = "Idle"
_CS_REQ_STARTED = "Request-started"
_CS_REQ_SENT = "Request-sent"

# Every status name is also a module constant (http.client.OK == 200).
for _status in http.HTTPStatus:
    globals()[_status.name] = _status
del _status

responses = {status.value: status.phrase for status in http.HTTPStatus}

# Limits that protect against hostile or broken peers.
_MAXLINE = 65536
_MAXHEADERS = 100

# Request methods whose requests carry a body even when it is empty.
_METHODS_EXPECTING_BODY = {"PATCH", "POST", "PUT"}


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------

class HTTPException(Exception):
    """Base class of the http.client errors."""


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what was read."""

    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            return "%s(%i bytes read, %i more expected)" % (
                type(self).__name__, len(self.partial), self.expected)
        return "%s(%i bytes read)" % (type(self).__name__, len(self.partial))

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before sending a response."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------

def _split_params(value):
    """Split 'type/sub; a=1; b="x;y"' at the semicolons outside quotes."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\" and quoted:
            current.append(ch)
            escaped = True
        elif ch == '"':
            current.append(ch)
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _unquote_param(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    return value


def _format_param(name, value):
    """name="value" as Message.add_header() writes a parameter (always
    quoted; a parameter without a value is just its name)."""
    if not value:
        return name
    return '%s="%s"' % (name, value.replace("\\", "\\\\").replace('"', '\\"'))


class HTTPMessage:
    """An ordered, case-insensitive, multi-valued collection of headers.

    msg[name] and msg.get(name) give the first value (None when absent),
    get_all(name) all of them; msg[name] = value appends a header (it
    does not replace!), del msg[name] removes every header of that name.
    Iterating gives the header names, in order, duplicates included.
    """

    def __init__(self):
        self._headers = []        # list of [name, value]
        self._payload = None      # text after a malformed header, if any
        self._default_type = "text/plain"

    # -- mapping-like interface ---------------------------------------
    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        lname = name.lower()
        for k, _v in self._headers:
            if k.lower() == lname:
                return True
        return False

    def __iter__(self):
        for k, _v in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append([name, value])

    def __delitem__(self, name):
        lname = name.lower()
        self._headers = [h for h in self._headers if h[0].lower() != lname]

    def keys(self):
        return [k for k, _v in self._headers]

    def values(self):
        return [v for _k, v in self._headers]

    def items(self):
        return [(k, v) for k, v in self._headers]

    raw_items = items

    def get(self, name, failobj=None):
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        lname = name.lower()
        found = [v for k, v in self._headers if k.lower() == lname]
        return found if found else failobj

    def add_header(self, _name, _value, **params):
        """Add a header, with optional parameters (name="value")."""
        parts = [] if _value is None else [_value]
        for key, value in params.items():
            parts.append(_format_param(key.replace("_", "-"), value))
        self._headers.append([_name, "; ".join(parts)])

    def replace_header(self, _name, _value):
        """Replace the first header called _name; KeyError if none."""
        lname = _name.lower()
        for header in self._headers:
            if header[0].lower() == lname:
                header[1] = _value
                return
        raise KeyError(_name)

    def getallmatchingheaders(self, name):
        """Legacy interface: the raw header lines starting with 'name:'.

        Works on the stored header names the way CPython's does, which
        never contain the colon, so (as there) it finds nothing except
        for continuation lines.
        """
        prefix = name.lower() + ":"
        matches = []
        hit = False
        for line in self.keys():
            if line[:len(prefix)].lower() == prefix:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                matches.append(line)
        return matches

    # -- content type helpers -----------------------------------------
    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_content_type(self):
        value = self.get("content-type")
        if value is None:
            return self._default_type
        ctype = _split_params(value)[0].strip().lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_params(self, failobj=None, header="content-type", unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        result = []
        for part in _split_params(value):
            name, eq_, val = part.partition("=")
            name = name.strip().lower() if eq_ else name.strip()
            val = _unquote_param(val) if unquote else val.strip()
            result.append((name, val))
        return result

    def get_param(self, param, failobj=None, header="content-type",
                  unquote=True):
        params = self.get_params(None, header, unquote)
        if params is None:
            return failobj
        for name, val in params[1:]:
            if name == param.lower():
                return val
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param("charset")
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        name = self.get_param("filename", None, "content-disposition")
        if name is None:
            name = self.get_param("name", None, "content-type")
        return failobj if name is None else name.strip()

    def get_payload(self):
        return self._payload

    def set_payload(self, payload):
        self._payload = payload

    def is_multipart(self):
        return False

    # -- text form ----------------------------------------------------
    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = []
        for k, v in self._headers:
            value = v.replace("\r\n", "\n").replace("\r", "\n") \
                if isinstance(v, str) else str(v)
            lines.append("%s: %s\n" % (k, value))
        lines.append("\n")
        if self._payload:
            lines.append(self._payload)
        return "".join(lines)

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode("utf-8", "surrogateescape")

    def __str__(self):
        return self.as_string()

    def __bytes__(self):
        return self.as_bytes()


def _is_header_name_line(line):
    """True if line (str) starts like 'Name:' with a token-ish name."""
    colon = line.find(":")
    if colon < 0:
        return False
    for ch in line[:colon]:
        code = ord(ch)
        if code < 0x21 or code > 0x7E:
            return False
    return True


def _read_header_lines(fp):
    """Read raw header lines (bytes, newline included) up to the blank line."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            break
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
    return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read headers from fp (a binary file) into an HTTPMessage.

    Lines are decoded as ISO-8859-1.  A line starting with a space or tab
    continues the previous header.  Like CPython (whose email parser this
    imitates), a line that is not a header ends the headers and it and
    what follows is kept as the message's payload.
    """
    msg = _class()
    if not hasattr(msg, "_headers"):
        raise TypeError("parse_headers: _class must be an HTTPMessage "
                        "subclass in pygil")
    lines = [line.decode("iso-8859-1") for line in _read_header_lines(fp)]
    for index, line in enumerate(lines):
        if line[:1] in (" ", "\t") and msg._headers:
            # Folded continuation: keep the line break, as email does.
            previous = msg._headers[-1]
            previous[1] = previous[1] + "\r\n" + line.rstrip("\r\n")
            continue
        if not _is_header_name_line(line):
            msg._payload = "".join(
                l.replace("\r\n", "\n") for l in lines[index:]) + "\n"
            break
        name, _colon, value = line.partition(":")
        msg._headers.append([name, value.lstrip(" \t").rstrip("\r\n")])
    return msg


# ---------------------------------------------------------------------------
# Responses
# ---------------------------------------------------------------------------

class HTTPResponse(io.BufferedIOBase):
    """A response to one request; a readable binary file of the body.

    status/code, reason, version (10 or 11) and headers/msg are set by
    begin(), which HTTPConnection.getresponse() calls.
    """

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        # The socket's file object; buffered so the header parsing can
        # read lines.  The body is read through it too.
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url

    # -- status line and headers ---------------------------------------
    def _read_status(self):
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("status line")
        line = raw.decode("iso-8859-1")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # The server closed the connection before answering (a
            # persistent connection that timed out, for example).
            raise RemoteDisconnected("Remote end closed connection without "
                                     "response")
        words = line.split(None, 2)
        version = words[0] if words else ""
        status = words[1] if len(words) > 1 else ""
        reason = words[2] if len(words) > 2 else ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        if not (status.isdigit() and status.isascii()) or \
                not 100 <= int(status) <= 999:
            raise BadStatusLine(line)
        return version, int(status), reason

    def begin(self):
        """Read the status line and headers; set up body decoding."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            # Skip interim "100 Continue" responses and their headers.
            for line in _read_header_lines(self.fp):
                if self.debuglevel > 0:
                    print("header:", line.decode("iso-8859-1").strip())
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        coding = self.headers.get("transfer-encoding")
        self.chunked = bool(coding) and coding.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._check_close()

        self.length = None
        length = self.headers.get("content-length")
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        # Responses that never have a body.
        if (status in (204, 304) or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        # Without a length the body ends when the server closes.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        """Will the server close the connection after this response?"""
        conn = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            return "close" in conn
        # HTTP/1.0 closes unless keep-alive was negotiated.
        if self.headers.get("keep-alive"):
            return False
        if "keep-alive" in conn:
            return False
        proxy = (self.headers.get("proxy-connection") or "").lower()
        if "keep-alive" in proxy:
            return False
        return True

    # -- file object plumbing ------------------------------------------
    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            io.BufferedIOBase.close(self)
        finally:
            if self.fp is not None:
                self._close_conn()

    def flush(self):
        io.BufferedIOBase.flush(self)
        if self.fp is not None:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True once the body has been fully read or the response closed."""
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    # -- body ----------------------------------------------------------
    def _safe_read(self, amt):
        """Read exactly amt bytes or raise IncompleteRead."""
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _next_chunk_size(self):
        """Read a chunk-size line (extensions after ';' are ignored)."""
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b";", 1)[0].strip()
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _skip_trailers(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b"\r\n", b"\n", b""):
                return

    def _chunk_remaining(self):
        """Bytes left in the current chunk, starting a new chunk when the
        current one is used up; None at the end of the body."""
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            # left == 0: finish the previous chunk (its CRLF) first.
            self._safe_read(2)
        try:
            left = self._next_chunk_size()
        except ValueError:
            raise IncompleteRead(b"")
        if left == 0:
            self._skip_trailers()
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while amt is None or amt > 0:
                left = self._chunk_remaining()
                if left is None:
                    break
                take = left if amt is None else min(left, amt)
                pieces.append(self._safe_read(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
        except IncompleteRead as exc:
            raise IncompleteRead(b"".join(pieces)) from exc
        return b"".join(pieces)

    def read(self, amt=None):
        """Read the body: all of it, or at most amt bytes."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if amt is not None and amt < 0:
            amt = None
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                try:
                    data = self._safe_read(self.length)
                except IncompleteRead:
                    self._close_conn()
                    raise
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None and amt > self.length:
            amt = self.length
        data = self.fp.read(amt)
        if not data and amt:
            # End of a close-delimited body.
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def readinto(self, b):
        """Read up to len(b) body bytes into b; return the count."""
        data = self.read(len(b))
        n = len(data)
        if n:
            b[:n] = data
        return n

    def read1(self, n=-1):
        """Read what is at hand (at most n bytes) with one underlying read."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            left = self._chunk_remaining()
            if left is None:
                return b""
            if n is None or n < 0 or n > left:
                n = left
            data = self.fp.read1(n)
            self.chunk_left = left - len(data)
            if not data and n:
                raise IncompleteRead(b"")
            return data
        if n is None or n < 0:
            n = 8192
        if self.length is not None:
            n = min(n, self.length)
        data = self.fp.read1(n)
        if not data and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def peek(self, n=-1):
        """Bytes available without consuming them (may be fewer than n)."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            left = self._chunk_remaining()
            if left is None:
                return b""
            return self.fp.peek(n)[:left]
        data = self.fp.peek(n)
        if self.length is not None:
            data = data[:self.length]
        return data

    def readline(self, limit=-1):
        """Read one line of the body (at most limit bytes)."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if limit is None:
            limit = -1
        pieces = []
        got = 0
        while limit < 0 or got < limit:
            ahead = self.peek(1)
            if not ahead:
                break
            nl = ahead.find(b"\n")
            want = nl + 1 if nl >= 0 else len(ahead)
            if limit >= 0:
                want = min(want, limit - got)
            data = self.read(want)
            if not data:
                break
            pieces.append(data)
            got += len(data)
            if data.endswith(b"\n"):
                break
        return b"".join(pieces)

    # -- headers access --------------------------------------------------
    def getheader(self, name, default=None):
        """The value(s) of header name, joined by ', ' when repeated."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        if values is None:
            values = default
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            return values
        return ", ".join(values)

    def getheaders(self):
        """A list of (header, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    # urllib's compatibility interface
    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# ---------------------------------------------------------------------------
# Connections
# ---------------------------------------------------------------------------

def _find_control_char(text, space_and_del=True):
    """The first C0 control character in text (also space and DEL when
    space_and_del), or None."""
    for ch in text:
        code = ord(ch)
        if code < 0x20 or (space_and_del and (code == 0x20 or code == 0x7F)):
            return ch
    return None


def _byte_length(body):
    """Length in bytes of a bytes-like body, or None if not bytes-like."""
    if isinstance(body, (bytes, bytearray)):
        return len(body)
    try:
        view = memoryview(body)
    except (TypeError, NameError):
        return None
    return view.nbytes


def _encode_latin1(data, name="data"):
    """Encode str data as ISO-8859-1 with CPython's error message."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you "
            "want to send it encoded in UTF-8."
            % (name.title(), data[err.start:err.end], name)) from None


class HTTPConnection:
    """One HTTP/1.1 connection to host:port (opened on first use)."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """Content-Length for body, or None when it cannot be known."""
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, "read"):
            return None
        length = _byte_length(body)
        if length is not None:
            return length
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._HTTPConnection__response = None
        self._HTTPConnection__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")    # IPv6 literals contain colons
            if colon > bracket:
                text = host[colon + 1:]
                if text == "":
                    port = self.default_port
                elif text.isdigit() and text.isascii():
                    port = int(text)
                else:
                    raise InvalidURL("nonnumeric port: '%s'" % text)
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == "[" and host[-1] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("HTTPConnection.set_tunnel (CONNECT "
                                  "tunnelling) is not supported by pygil")

    def connect(self):
        """Open the TCP connection to the server."""
        self.sock = self._create_connection((self.host, self.port),
                                            self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as exc:
            if exc.errno != _ENOPROTOOPT:
                raise

    def close(self):
        """Close the connection (and any response still attached)."""
        self._HTTPConnection__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self._HTTPConnection__response
            if response:
                self._HTTPConnection__response = None
                response.close()

    def send(self, data):
        """Send data: bytes-like, a file object, or an iterable of bytes."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            text = self._is_textIO(data)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if text:
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if _byte_length(data) is not None:
            self.sock.sendall(data)
            return
        try:
            iterator = iter(data)
        except TypeError:
            raise TypeError("data should be a bytes-like object or an "
                            "iterable, got %r" % type(data)) from None
        for piece in iterator:
            self.sock.sendall(piece)

    def _output(self, line):
        """Queue one header line (bytes, without CRLF)."""
        self._buffer.append(line)

    def _body_chunks(self, body):
        """Iterate over the pieces of a request body."""
        if hasattr(body, "read"):
            text = self._is_textIO(body)
            while True:
                block = body.read(self.blocksize)
                if not block:
                    return
                yield block.encode("iso-8859-1") if text else block
        elif _byte_length(body) is not None:
            yield body
        else:
            try:
                iterator = iter(body)
            except TypeError:
                raise TypeError("message_body should be a bytes-like object "
                                "or an iterable, got %r" % type(body)) from None
            for piece in iterator:
                yield piece

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the queued headers, then the body if any."""
        self._buffer.extend((b"", b""))
        head = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for piece in self._body_chunks(message_body):
            if not piece:
                continue
            if chunked:
                size_line = ("%X\r\n" % len(piece)).encode("ascii")
                piece = size_line + bytes(piece) + b"\r\n"
            self.send(piece)
        if chunked:
            self.send(b"0\r\n\r\n")

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Send the request line: method, url (the selector) and version."""
        response = self._HTTPConnection__response
        if response and response.isclosed():
            self._HTTPConnection__response = None
        if self._HTTPConnection__state != _CS_IDLE:
            raise CannotSendRequest(self._HTTPConnection__state)
        self._HTTPConnection__state = _CS_REQ_STARTED
        self._validate_method(method)
        self._method = method
        url = url or "/"
        self._validate_path(url)
        request = "%s %s %s" % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))

        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ""
            if url.startswith("http"):
                netloc = urlsplit(url)[1]
            if netloc:
                self.putheader("Host", self._ascii_host(netloc))
            else:
                host = self._tunnel_host or self.host
                port = self._tunnel_port if self._tunnel_host else self.port
                host_enc = self._ascii_host(host)
                if ":" in host:
                    host_enc = b"[" + host_enc + b"]"
                if port == self.default_port:
                    self.putheader("Host", host_enc)
                else:
                    self.putheader("Host", "%s:%s"
                                   % (host_enc.decode("ascii"), port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    @staticmethod
    def _ascii_host(host):
        try:
            return host.encode("ascii")
        except UnicodeEncodeError:
            raise NotImplementedError("non-ASCII host names (IDNA) are not "
                                      "supported by pygil yet: %r" % (host,))

    def _encode_request(self, request):
        return request.encode("ascii")

    def _validate_method(self, method):
        bad = _find_control_char(method, space_and_del=False)
        if bad is not None:
            raise ValueError("method can't contain control characters. %r "
                             "(found at least %r)" % (method, bad))

    def _validate_path(self, url):
        bad = _find_control_char(url)
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (url, bad))

    def _validate_host(self, host):
        bad = _find_control_char(host)
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (host, bad))

    def putheader(self, header, *values):
        """Queue a header line 'header: value1\\r\\n\\tvalue2...'."""
        if self._HTTPConnection__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, "encode"):
            header = header.encode("ascii")
        if not self._legal_header_name(header):
            raise ValueError("Invalid header name %r" % (header,))
        encoded = []
        for value in values:
            if hasattr(value, "encode"):
                value = value.encode("latin-1")
            elif isinstance(value, int):
                value = str(value).encode("ascii")
            if self._illegal_header_value(bytes(value)):
                raise ValueError("Invalid header value %r" % (value,))
            encoded.append(value)
        self._output(header + b": " + b"\r\n\t".join(encoded))

    @staticmethod
    def _legal_header_name(name):
        """Non-empty, not starting with ':' or whitespace, and no ':', CR
        or LF anywhere (the rule CPython applies)."""
        if not name or name[0] in b": \t\r\n\x0b\x0c":
            return False
        return not any(b in b":\r\n" for b in name)

    @staticmethod
    def _illegal_header_value(value):
        """A line break not followed by folding whitespace is illegal."""
        n = len(value)
        for i in range(n):
            b = value[i]
            nxt = value[i + 1] if i + 1 < n else None
            if b == 0x0A and nxt not in (0x20, 0x09):
                return True
            if b == 0x0D and nxt not in (0x20, 0x09, 0x0A):
                return True
        return False

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request (and body, if given)."""
        if self._HTTPConnection__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self._HTTPConnection__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a complete request."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        names = {name.lower() for name in headers}
        skips = {}
        if "host" in names:
            skips["skip_host"] = 1
        if "accept-encoding" in names:
            skips["skip_accept_encoding"] = 1
        self.putrequest(method, url, **skips)

        # Frame the body: Content-Length when known, else chunked.
        if "content-length" not in names:
            if "transfer-encoding" not in names:
                encode_chunked = False
                length = self._get_content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader("Transfer-Encoding", "chunked")
                else:
                    self.putheader("Content-Length", str(length))
        else:
            encode_chunked = False

        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode_latin1(body, "body")
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the response to the request sent; return an HTTPResponse."""
        response = self._HTTPConnection__response
        if response and response.isclosed():
            self._HTTPConnection__response = None
        if (self._HTTPConnection__state != _CS_REQ_SENT
                or self._HTTPConnection__response):
            raise ResponseNotReady(self._HTTPConnection__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel,
                                           method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self._HTTPConnection__state = _CS_IDLE
            if response.will_close:
                # The socket stays open for the response's own file object.
                self.close()
            else:
                self._HTTPConnection__response = response
            return response
        except BaseException:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    """HTTPS is not available: pygil has no TLS implementation."""

    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("https is not supported by pygil yet")
