"""pygil's http.server: HTTP servers and request handlers.

HTTPServer / ThreadingHTTPServer accept connections; for each one the
request handler class reads requests and answers them:

  * BaseHTTPRequestHandler parses the request line and headers (HTTP/0.9
    to 1.1) and calls do_<METHOD>(); it offers send_response(),
    send_header(), end_headers(), send_error() and logging to stderr in
    the common log format.  protocol_version = "HTTP/1.1" enables
    persistent connections (responses must then send Content-Length).
  * SimpleHTTPRequestHandler serves files and directory listings from
    `directory` (the current directory by default).

CGIHTTPRequestHandler is not provided by pygil (instantiating it raises
NotImplementedError).
"""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler"]

import html
import io
import mimetypes
import os
import posixpath
import socket
import socketserver
import sys
import time
import urllib.parse

import http.client
from http import HTTPStatus


DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
           "Sep", "Oct", "Nov", "Dec")


def _http_date(timestamp):
    """RFC 7231 IMF-fixdate: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
    t = time.gmtime(timestamp)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _WEEKDAYS[t[6]], t[2], _MONTHS[t[1]], t[0], t[3], t[4], t[5])


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    year -= month <= 2
    era = (year if year >= 0 else year - 399) // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _parse_http_date(text):
    """Timestamp of an HTTP date (IMF-fixdate, RFC 850 or asctime form),
    or None if it cannot be parsed."""
    words = text.replace(",", " ").split()
    try:
        if len(words) == 5 and words[0][:3] in _WEEKDAYS:
            # asctime: Sun Nov  6 08:49:37 1994
            _wd, mon, day, clock, year = words
        elif len(words) >= 5:
            _wd, day, mon, year, clock = words[:5]
            if "-" in day:
                # RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
                day, mon, year = day.split("-")
                clock = words[2]
                year = int(year)
                year += 1900 if year >= 70 else 2000
        else:
            return None
        month = _MONTHS.index(mon.capitalize()[:3])
        hh, mm, ss = (int(x) for x in clock.split(":"))
        days = _days_from_civil(int(year), month, int(day))
        return days * 86400 + hh * 3600 + mm * 60 + ss
    except (ValueError, TypeError):
        return None


class HTTPServer(socketserver.TCPServer):
    """TCP server that records its name and port for the handlers."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """HTTPServer handling each connection in its own (daemon) thread."""

    daemon_threads = True


# Control characters are escaped in log messages so a client cannot
# forge log lines or drive the terminal.
_LOG_ESCAPES = {c: "\\x%02x" % c for c in
                list(range(0x20)) + list(range(0x7F, 0xA0))}
_LOG_ESCAPES[ord("\\")] = "\\\\"


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches them to do_<METHOD>() methods.

    After parse_request(): command, path, request_version, headers (an
    http.client.HTTPMessage), raw_requestline and requestline are set;
    rfile is positioned at the start of the body.
    """

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__

    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE

    # Version assumed for a request line without one (HTTP/0.9).
    default_request_version = "HTTP/0.9"

    # "HTTP/1.1" enables persistent connections.
    protocol_version = "HTTP/1.0"

    MessageClass = http.client.HTTPMessage

    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus}

    weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    _control_char_table = _LOG_ESCAPES

    def parse_request(self):
        """Parse self.raw_requestline and the headers after it.

        Returns True on success.  On failure an error response has been
        sent and False is returned.
        """
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False

        if len(words) >= 3:
            version = words[-1]
            number = self._parse_version(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)"
                                % version.split("/", 1)[1])
                return False
            self.request_version = version

        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            # HTTP/0.9: only GET, and the connection ends after it.
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path

        # '//host/...' would be taken for a network path by clients of
        # the redirects made from it; collapse the leading slashes.
        if self.path.startswith("//"):
            self.path = "/" + self.path.lstrip("/")

        try:
            self.headers = http.client.parse_headers(
                self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Too many headers", str(err))
            return False

        conntype = (self.headers.get("Connection") or "").lower()
        if conntype == "close":
            self.close_connection = True
        elif (conntype == "keep-alive" and
              self.protocol_version >= "HTTP/1.1"):
            self.close_connection = False

        expect = (self.headers.get("Expect") or "").lower()
        if (expect == "100-continue" and
                self.protocol_version >= "HTTP/1.1" and
                self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    @staticmethod
    def _parse_version(version):
        """(major, minor) of 'HTTP/x.y', or None when malformed."""
        if not version.startswith("HTTP/"):
            return None
        parts = version[5:].split(".")
        if len(parts) != 2:
            return None
        for part in parts:
            if not part or not (part.isdigit() and part.isascii()) \
                    or len(part) > 10:
                return None
        return int(parts[0]), int(parts[1])

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with 100 Continue.

        Override to refuse a request before its body is sent (send an
        error and return False).
        """
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and answer one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = "do_" + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            getattr(self, mname)()
            self.wfile.flush()
        except TimeoutError as exc:
            self.log_error("Request timed out: %r", exc)
            self.close_connection = True
            return

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send an error response with an HTML body (except for codes that
        have no body) and close the connection."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = "???", "???"
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")

        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                "code": code,
                "message": html.escape(message, quote=False),
                "explain": html.escape(explain, quote=False),
            }
            body = content.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request and queue the status line, Server and Date."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        """Queue just the status line (not for HTTP/0.9 requests)."""
        if self.request_version != "HTTP/0.9":
            if message is None:
                message = self.responses[code][0] if code in self.responses \
                    else ""
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s %d %s\r\n" % (self.protocol_version, code, message))
                .encode("latin-1", "strict"))

    def send_header(self, keyword, value):
        """Queue a header line; 'Connection' also sets close_connection."""
        if self.request_version != "HTTP/0.9":
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s: %s\r\n" % (keyword, value)).encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        """End the header block and send the queued lines."""
        if self.request_version != "HTTP/0.9":
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code="-", size="-"):
        """Log an accepted request (the request line and status)."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code),
                         str(size))

    def log_error(self, format, *args):
        """Log an error (to the same place as log_message)."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Log 'client - - [date] message' to sys.stderr, with control
        characters escaped."""
        message = format % args
        escaped = "".join(self._control_char_table.get(ord(ch), ch)
                          for ch in message)
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               escaped))

    def version_string(self):
        """The Server header value."""
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        """An HTTP date for timestamp (default: now)."""
        if timestamp is None:
            timestamp = time.time()
        return _http_date(timestamp)

    def log_date_time_string(self):
        """The local time as '25/Nov/2026 11:08:49' for log lines."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    def address_string(self):
        """The client's address (its IP, not looked up)."""
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serve GET and HEAD requests with the files under `directory`.

    A directory is answered with its index.html/index.htm, or a listing.
    """

    server_version = "SimpleHTTP/" + __version__
    extensions_map = _encodings_map_default = {
        ".gz": "application/gzip",
        ".Z": "application/octet-stream",
        ".bz2": "application/x-bzip2",
        ".xz": "application/x-xz",
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Send the status and headers for the path; return a file with the
        body to send (the caller closes it) or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                # Redirect 'dir' to 'dir/' so relative links work.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_url = urllib.parse.urlunsplit(
                    (parts[0], parts[1], parts[2] + "/", parts[3], parts[4]))
                self.send_header("Location", new_url)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                candidate = os.path.join(path, index)
                if os.path.exists(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        # A file name with a trailing slash is not that file (RFC 7231).
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            fs = os.fstat(f.fileno())
            if ("If-Modified-Since" in self.headers
                    and "If-None-Match" not in self.headers):
                since = _parse_http_date(self.headers["If-Modified-Since"])
                if since is not None and int(fs.st_mtime) <= since:
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    self.end_headers()
                    f.close()
                    return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(fs.st_size))
            self.send_header("Last-Modified",
                             self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def list_directory(self, path):
        """Send a 200 with an HTML listing of path; return it as a file."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            displaypath = urllib.parse.unquote(self.path,
                                               errors="surrogatepass")
        except (UnicodeDecodeError, LookupError):
            displaypath = urllib.parse.unquote(self.path)
        displaypath = html.escape(displaypath, quote=False)
        enc = sys.getfilesystemencoding()
        title = "Directory listing for %s" % displaypath
        lines = [
            "<!DOCTYPE HTML>",
            '<html lang="en">',
            "<head>",
            '<meta charset="%s">' % enc,
            "<title>%s</title>\n</head>" % title,
            "<body>\n<h1>%s</h1>" % title,
            "<hr>\n<ul>",
        ]
        for name in names:
            fullname = os.path.join(path, name)
            displayname = linkname = name
            if os.path.isdir(fullname):
                displayname = name + "/"
                linkname = name + "/"
            if os.path.islink(fullname):
                # A link to a directory shows '@', but links with '/'.
                displayname = name + "@"
            try:
                href = urllib.parse.quote(linkname, errors="surrogatepass")
            except LookupError:
                href = urllib.parse.quote(linkname, errors="surrogateescape")
            lines.append('<li><a href="%s">%s</a></li>'
                         % (href, html.escape(displayname, quote=False)))
        lines.append("</ul>\n<hr>\n</body>\n</html>\n")
        encoded = "\n".join(lines).encode(enc, "surrogateescape")
        f = io.BytesIO()
        f.write(encoded)
        f.seek(0)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % enc)
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """Map a URL path to a file under self.directory.

        The query and fragment are dropped, '%xx' decoded, '.' and '..'
        resolved, and components that are not plain names ignored, so the
        result cannot leave the directory.
        """
        path = path.split("?", 1)[0]
        path = path.split("#", 1)[0]
        trailing_slash = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except (UnicodeDecodeError, LookupError):
            path = urllib.parse.unquote(path)
        path = posixpath.normpath(path)
        result = self.directory
        for word in path.split("/"):
            if not word:
                continue
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += "/"
        return result

    def copyfile(self, source, outputfile):
        """Copy all data from source to outputfile (binary files)."""
        while True:
            buf = source.read(64 * 1024)
            if not buf:
                break
            outputfile.write(buf)

    def guess_type(self, path):
        """The Content-type for path, from extensions_map then mimetypes."""
        _base, ext = posixpath.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        guess, _encoding = mimetypes.guess_type(path)
        if guess:
            return guess
        return "application/octet-stream"


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """Not provided by pygil (CGI needs subprocesses)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.server.CGIHTTPRequestHandler is not "
                                  "supported by pygil")


def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, _type, _proto, _canon, sockaddr = next(iter(infos))
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler,
         ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serve HTTP on port until interrupted (python -m http.server)."""
    ServerClass.address_family, addr = _get_best_family(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(addr, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = "[%s]" % host if ":" in host else host
        print("Serving HTTP on %s port %s (http://%s:%s/) ..."
              % (host, port, url_host, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main(argv):
    """Command line: [port] [-b ADDRESS] [-d DIRECTORY] [-p VERSION]."""
    port = 8000
    bind = None
    directory = os.getcwd()
    protocol = "HTTP/1.0"
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("-b", "--bind") and args:
            bind = args.pop(0)
        elif arg in ("-d", "--directory") and args:
            directory = args.pop(0)
        elif arg in ("-p", "--protocol") and args:
            protocol = args.pop(0)
        elif arg.startswith("--bind="):
            bind = arg.split("=", 1)[1]
        elif arg.startswith("--directory="):
            directory = arg.split("=", 1)[1]
        elif arg == "--cgi":
            raise NotImplementedError("--cgi is not supported by pygil")
        elif arg.isdigit():
            port = int(arg)
        else:
            sys.stderr.write("usage: python -m http.server [-b ADDRESS] "
                             "[-d DIRECTORY] [-p VERSION] [port]\n")
            sys.exit(2)

    class DualStackServer(ThreadingHTTPServer):
        def server_bind(self):
            # Accept IPv4 too on an IPv6 socket, when possible.
            try:
                self.socket.setsockopt(socket.IPPROTO_IPV6,
                                       socket.IPV6_V6ONLY, 0)
            except Exception:
                pass
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self,
                                     directory=directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DualStackServer,
         port=port, bind=bind, protocol=protocol)


if __name__ == "__main__":
    _main(sys.argv[1:])
