"""pygil's urllib.request: open URLs (http:, file:, data:).

urlopen() returns, for http URLs, the http.client.HTTPResponse with the
extra attributes urllib gives it (url, code/status, geturl(), info(),
getcode(), msg = reason phrase).  Redirects (301, 302, 303, 307, 308) are
followed, HTTP error statuses raise HTTPError, and failures to connect
raise URLError whose reason is the OSError.

The handler architecture (OpenerDirector, BaseHandler subclasses with
<scheme>_open / <scheme>_request / <scheme>_response / http_error_<code>
methods, build_opener) works as documented for CPython.

Not supported by pygil (they fail loudly): https (URLError whose reason
is a NotImplementedError), ftp (URLError), HTTP authentication handlers
and cookie processing (NotImplementedError when instantiated).
"""

import base64
import io
import os
import socket
import string
import sys
import time

import http.client
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote,
    _splittype, _splithost, _splitport, _splituser, _splitpasswd,
    _splittag, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler",
    "HTTPRedirectHandler", "HTTPCookieProcessor", "ProxyHandler",
    "HTTPPasswordMgr", "HTTPPasswordMgrWithDefaultRealm",
    "HTTPPasswordMgrWithPriorAuth", "AbstractBasicAuthHandler",
    "HTTPBasicAuthHandler", "ProxyBasicAuthHandler",
    "AbstractDigestAuthHandler", "HTTPDigestAuthHandler",
    "ProxyDigestAuthHandler", "HTTPHandler", "FileHandler", "FTPHandler",
    "CacheFTPHandler", "DataHandler", "UnknownHandler", "HTTPErrorProcessor",
    "urlopen", "install_opener", "build_opener", "pathname2url",
    "url2pathname", "getproxies", "urlretrieve", "urlcleanup",
    "HTTPSHandler", "AbstractHTTPHandler",
]

__version__ = "%d.%d" % sys.version_info[:2]

_HTTPS_UNSUPPORTED = "https is not supported by pygil yet"

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a string or a Request) and return a response object.

    data, if given, is the request body (bytes, a file object or an
    iterable of bytes) and makes the request a POST.  The TLS arguments
    only matter for https, which pygil does not support.
    """
    global _opener
    opener = _opener
    if opener is None:
        _opener = opener = build_opener()
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen() uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to a local file; return (filename, headers).

    Without filename a temporary file is made (urlcleanup() removes it).
    reporthook(blocknum, blocksize, totalsize) is called as data arrives.
    """
    url_type, path = _splittype(url)
    response = urlopen(url, data)
    try:
        headers = response.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, "wb")
        else:
            filename, target = _make_tempfile(path)
            _url_tempfiles.append(filename)
        with target:
            result = filename, headers
            blocksize = 8192
            size = -1
            got = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, blocksize, size)
            while True:
                block = response.read(blocksize)
                if not block:
                    break
                got += len(block)
                target.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, blocksize, size)
    finally:
        response.close()
    if size >= 0 and got < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes"
            % (got, size), result)
    return result


def _make_tempfile(path):
    """Create a new file in the temporary directory; return (name, file)."""
    suffix = os.path.splitext(path or "")[1]
    directory = os.environ.get("TMPDIR") or "/tmp"
    for attempt in range(1000):
        name = os.path.join(directory, "pygil-urlretrieve-%d-%d-%d%s" % (
            os.getpid(), int(time.time() * 1000000) % 1000000, attempt,
            suffix))
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return name, open(fd, "wb")
    raise FileExistsError("could not create a temporary file")


def urlcleanup():
    """Remove urlretrieve()'s temporary files and the installed opener."""
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    if _opener:
        _opener = None


def request_host(request):
    """The request-host of request (RFC 2965): lower-cased, no port."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    host = _splitport(host)[0]
    return host.lower()


# ---------------------------------------------------------------------------
# Request
# ---------------------------------------------------------------------------

class Request:
    """A URL request: URL, body (data), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return "%s#%s" % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data is not self._data:
            self._data = data
            # A new body needs a new length.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: the one given, else POST with data, else GET."""
        default = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == "https" and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers or
                header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(
            header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# ---------------------------------------------------------------------------
# OpenerDirector and handlers
# ---------------------------------------------------------------------------

class OpenerDirector:
    """Opens URLs through a chain of handlers."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [("User-agent", client_version)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Register handler's <proto>_open/_request/_response and
        <proto>_error_<code> methods."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r"
                            % type(handler))
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            proto, sep, condition = meth.partition("_")
            if not sep or not proto:
                continue
            if condition.startswith("error"):
                kind = condition.partition("_")[2]
                if kind.isdigit():
                    kind = int(kind)
                lookup = self.handle_error.setdefault(proto, {})
            elif condition == "open":
                kind = proto
                lookup = self.handle_open
            elif condition == "response":
                kind = proto
                lookup = self.process_response
            elif condition == "request":
                kind = proto
                lookup = self.process_request
            else:
                continue
            handlers = lookup.setdefault(kind, [])
            if handler not in handlers:
                handlers.append(handler)
                handlers.sort(key=_handler_sort_key)
            added = True
        if added:
            self.handlers.append(handler)
            self.handlers.sort(key=_handler_sort_key)
            handler.add_parent(self)

    def close(self):
        """Kept for compatibility; nothing to release."""

    def _call_chain(self, chain, kind, meth_name, *args):
        # The first handler returning something other than None wins.
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None,
             timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (str or Request), running the request and response
        processors of its scheme around the opening."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type

        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("urllib.Request", req.full_url, req.data, req.headers,
                  req.get_method())
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req,
                                                                  response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, "default",
                                  "default_open", req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol,
                                  protocol + "_open", req)
        if result:
            return result
        return self._call_chain(self.handle_open, "unknown", "unknown_open",
                                req)

    def error(self, proto, *args):
        """Dispatch an error: for http, to http_error_<code> handlers and
        then http_error_default."""
        if proto in ("http", "https"):
            table = self.handle_error["http"]
            code = args[2]
            result = self._call_chain(table, code, "http_error_%s" % code,
                                      *args)
            if result:
                return result
            return self._call_chain(table, "default", "http_error_default",
                                    *args)
        result = self._call_chain(self.handle_error, proto,
                                  proto + "_error", *args)
        return result


def _handler_sort_key(handler):
    return getattr(handler, "handler_order", 500)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or extended
    by handlers (classes or instances)."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler,
                       HTTPDefaultErrorHandler, HTTPRedirectHandler,
                       FTPHandler, FileHandler, HTTPErrorProcessor,
                       DataHandler, HTTPSHandler]
    skip = set()
    for klass in default_classes:
        for given in handlers:
            if isinstance(given, type):
                if issubclass(given, klass):
                    skip.add(klass)
            elif isinstance(given, klass):
                skip.add(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())
    for handler in handlers:
        if isinstance(handler, type):
            handler = handler()
        opener.add_handler(handler)
    return opener


class BaseHandler:
    """Base class of the handlers; handler_order sorts them (lower first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turn non-2xx responses into errors (dispatched to the handlers)."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error("http", request, response, code,
                                         msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raise HTTPError for any error status nobody else handled."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follow 301, 302, 303, 307 and 308 redirects."""

    # Limits against redirect loops.
    max_repeats = 4
    max_redirections = 10

    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to make for a redirect, or HTTPError if it may not
        be followed automatically.

        GET/HEAD follow all five codes; POST follows 301/302/303 as a GET
        without a body (what browsers do).
        """
        method = req.get_method()
        allowed = ((code in (301, 302, 303, 307, 308)
                    and method in ("GET", "HEAD"))
                   or (code in (301, 302, 303) and method == "POST"))
        if not allowed:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(" ", "%20")
        # The body is dropped, so are the headers describing it.
        headers_kept = {key: value for key, value in req.headers.items()
                        if key.lower() not in ("content-length",
                                               "content-type")}
        return Request(newurl, headers=headers_kept,
                       origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None

        # An absolute URL with no path means '/'.
        parts = urlparse(newurl)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urlunparse(parts)
        # Escape what would be unsafe in a URL, keep what is meaningful.
        newurl = quote(newurl, encoding="iso-8859-1",
                       safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)

        scheme = urlparse(newurl).scheme
        if scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed"
                            % (msg, newurl), headers, fp)

        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None

        # Loop detection: count visits per URL along the redirect chain.
        visited = getattr(req, "redirect_dict", None)
        if visited is not None:
            new.redirect_dict = visited
            if (visited.get(newurl, 0) >= self.max_repeats or
                    len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg,
                                headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1

        # Drain and close the redirect response so its socket is freed.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = \
        http_error_302


def _parse_proxy(proxy):
    """'[scheme://][user[:password]@]host[:port]' ->
    (scheme, user, password, hostport)."""
    scheme, rest = _splittype(proxy)
    if not rest.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = rest.find("/", 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    userinfo, hostport = _splituser(authority)
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    else:
        user = password = None
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Send requests through the proxies given (default: from the
    environment, e.g. http_proxy), except for hosts in no_proxy."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, "keys"):
            raise TypeError("proxies must be a mapping")
        self.proxies = proxies
        for kind, url in proxies.items():
            kind = kind.lower()
            setattr(self, "%s_open" % kind,
                    self._make_opener(url, kind))

    def _make_opener(self, proxy, kind):
        def open_through_proxy(req):
            return self.proxy_open(req, proxy, kind)
        return open_through_proxy

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            creds = "%s:%s" % (unquote(user), unquote(password))
            token = base64.b64encode(creds.encode()).decode("ascii")
            req.add_header("Proxy-authorization", "Basic " + token)
        hostport = unquote(hostport)
        req.set_proxy(hostport, proxy_type)
        if orig_type == proxy_type or orig_type == "https":
            return None
        return self.parent.open(req, timeout=req.timeout)


class AbstractHTTPHandler(BaseHandler):
    """Shared code of the HTTP handlers: request preparation and the
    exchange over an http.client connection."""

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None \
            else http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(
            request.data, request.get_method())

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError("no host given")
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of "
                                "bytes, or a file object. It cannot be of "
                                "type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header(
                    "Content-type", "application/x-www-form-urlencoded")
            if (not request.has_header("Content-length") and
                    not request.has_header("Transfer-encoding")):
                length = self._get_content_length(request)
                if length is not None:
                    request.add_unredirected_header("Content-length",
                                                    str(length))
                else:
                    request.add_unredirected_header("Transfer-encoding",
                                                    "chunked")
        sel_host = host
        if request.has_proxy():
            _scheme, sel = _splittype(request.selector)
            sel_host, _path = _splithost(sel)
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req over a new http_class connection; return the response."""
        host = req.host
        if not host:
            raise URLError("no host given")
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)

        headers = dict(req.unredirected_hdrs)
        for key, value in req.headers.items():
            if key not in headers:
                headers[key] = value
        # One request per connection: no keep-alive bookkeeping needed.
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}

        if req._tunnel_host:
            raise URLError(NotImplementedError(
                "CONNECT tunnelling through a proxy is not supported by "
                "pygil yet"))
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data,
                             headers,
                             encode_chunked=req.has_header(
                                 "Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise

        # The response keeps its own reference to the socket's file.
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    """Opens http: URLs."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class HTTPSHandler(AbstractHTTPHandler):
    """https: is not supported by pygil: opening fails with URLError."""

    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        AbstractHTTPHandler.__init__(self, debuglevel)
        self._context = context
        self._check_hostname = check_hostname

    def https_open(self, req):
        raise URLError(NotImplementedError(_HTTPS_UNSUPPORTED))

    https_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def _format_http_date(timestamp):
    """RFC 7231 date: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
    t = time.gmtime(timestamp)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[t[6]], t[2],
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
         "Oct", "Nov", "Dec")[t[1] - 1], t[0], t[3], t[4], t[5])


def _make_headers(pairs):
    msg = http.client.HTTPMessage()
    for name, value in pairs:
        msg[name] = value
    return msg


class FileHandler(BaseHandler):
    """Opens file: URLs on the local host."""

    names = None

    def file_open(self, req):
        url = req.selector
        if (url[:2] == "//" and url[2:3] != "/" and
                (req.host and req.host != "localhost")):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on "
                               "localhost")
        return self.open_local_file(req)

    def get_names(self):
        if FileHandler.names is None:
            names = ["127.0.0.1"]
            try:
                names.append(socket.gethostbyname(socket.gethostname()))
            except OSError:
                pass
            FileHandler.names = tuple(names)
        return FileHandler.names

    def open_local_file(self, req):
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = _format_http_date(stats.st_mtime)
            mtype = mimetypes.guess_type(filename)[0]
            headers = _make_headers([
                ("Content-type", mtype or "text/plain"),
                ("Content-length", str(size)),
                ("Last-modified", modified)])
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host)
                            in self.get_names()):
                origurl = "file://" + (host or "") + filename
                return addinfourl(open(localfile, "rb"), headers, origurl)
        except OSError as exc:
            raise URLError(exc)
        raise URLError("file not on local host")


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class FTPHandler(BaseHandler):
    """ftp: is not supported by pygil: opening fails with URLError."""

    def ftp_open(self, req):
        raise URLError(NotImplementedError("ftp is not supported by pygil "
                                           "yet"))


class CacheFTPHandler(FTPHandler):
    def setTimeout(self, t):
        pass

    def setMaxConns(self, m):
        pass


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        _scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = _make_headers([("Content-type", mediatype),
                                 ("Content-length", str(len(data)))])
        return addinfourl(io.BytesIO(data), headers, url)


class _Unsupported(BaseHandler):
    """Handlers pygil does not provide yet."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("urllib.request.%s is not supported by "
                                  "pygil yet" % type(self).__name__)


class HTTPCookieProcessor(_Unsupported):
    pass


class HTTPPasswordMgr(_Unsupported):
    pass


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    pass


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    pass


class AbstractBasicAuthHandler(_Unsupported):
    pass


class HTTPBasicAuthHandler(AbstractBasicAuthHandler):
    pass


class ProxyBasicAuthHandler(AbstractBasicAuthHandler):
    pass


class AbstractDigestAuthHandler(_Unsupported):
    pass


class HTTPDigestAuthHandler(AbstractDigestAuthHandler):
    pass


class ProxyDigestAuthHandler(AbstractDigestAuthHandler):
    pass


# ---------------------------------------------------------------------------
# Paths and proxies
# ---------------------------------------------------------------------------

def url2pathname(pathname):
    """The local path of the path part of a file: URL."""
    return unquote(pathname)


def pathname2url(pathname):
    """The URL path of a local path."""
    return quote(pathname)


def getproxies_environment():
    """Proxies from the <scheme>_proxy environment variables (lower-case
    names win over upper-case ones)."""
    proxies = {}
    for name, value in os.environ.items():
        lname = name.lower()
        if value and lname[-6:] == "_proxy":
            proxies[lname[:-6]] = value
    # Under CGI, HTTP_PROXY may come from a client's Proxy: header.
    if "REQUEST_METHOD" in os.environ:
        proxies.pop("http", None)
    for name, value in os.environ.items():
        if name[-6:] == "_proxy":
            lname = name.lower()
            if value:
                proxies[lname[:-6]] = value
            else:
                proxies.pop(lname[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True if host is listed in no_proxy."""
    if proxies is None:
        proxies = getproxies_environment()
    no_proxy = proxies.get("no", "")
    if no_proxy == "*":
        return True
    host = host.lower()
    hostonly, _port = _splitport(host)
    for name in no_proxy.split(","):
        name = name.strip()
        if not name:
            continue
        name = name.lstrip(".").lower()
        if hostonly == name or host == name:
            return True
        name = "." + name
        if hostonly.endswith(name) or host.endswith(name):
            return True
    return False


def getproxies():
    return getproxies_environment()


def proxy_bypass(host):
    proxies = getproxies_environment()
    if proxies:
        return proxy_bypass_environment(host, proxies)
    return False
