"""Tests of lib/http/server.py, talking raw HTTP to it."""

import os
import socket
import sys
import threading
import time

import http.server as server
from http import HTTPStatus

from util import eq, tmpdir

PYVER = sys.version.split()[0]


class Captured:
    """A stand-in for sys.stderr collecting the log lines."""

    def __init__(self):
        self.parts = []
        self.lock = threading.Lock()

    def write(self, s):
        with self.lock:
            self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        with self.lock:
            return "".join(self.parts)


class Running:
    """A ThreadingHTTPServer on an ephemeral port, in a thread."""

    def __init__(self, handler, server_class=server.ThreadingHTTPServer):
        self.httpd = server_class(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05})
        self.log = Captured()
        self.old_stderr = sys.stderr

    def __enter__(self):
        sys.stderr = self.log
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
        sys.stderr = self.old_stderr

    def raw(self, data, half_close=True):
        """Send data, read until the server closes; return the bytes."""
        with socket.create_connection(("127.0.0.1", self.port), 5) as c:
            c.sendall(data)
            if half_close:
                c.shutdown(socket.SHUT_WR)
            chunks = []
            while True:
                d = c.recv(65536)
                if not d:
                    break
                chunks.append(d)
        return b"".join(chunks)


def _strip_date(data):
    """Replace the variable Date/Last-Modified header values by 'X'."""
    head, sep, body = data.partition(b"\r\n\r\n")
    lines = []
    for line in head.split(b"\r\n"):
        if line.startswith(b"Date: ") or line.startswith(b"Last-Modified: "):
            line = line.split(b": ")[0] + b": X"
        lines.append(line)
    return b"\r\n".join(lines) + sep + body


ERROR_404 = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: 404</p>
        <p>Message: File not found.</p>
        <p>Error code explanation: 404 - Nothing matches the given URI.</p>
    </body>
</html>
"""


def _make_tree():
    root = tmpdir()
    with open(os.path.join(root, "a.txt"), "wb") as f:
        f.write(b"hi\n")
    with open(os.path.join(root, "x y&.html"), "wb") as f:
        f.write(b"<b>\n")
    os.mkdir(os.path.join(root, "sub"))
    with open(os.path.join(root, "sub", "index.html"), "wb") as f:
        f.write(b"index!")
    os.mkdir(os.path.join(root, "empty"))
    os.symlink(os.path.join(root, "a.txt"), os.path.join(root, "link"))
    return root


def _simple_handler(root):
    class Handler(server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)
    return Handler


def test_simple_handler_files_and_errors():
    root = _make_tree()
    sv = "SimpleHTTP/0.6 Python/" + PYVER
    with Running(_simple_handler(root)) as srv:
        got = _strip_date(srv.raw(b"GET /nope HTTP/1.0\r\n\r\n"))
        body = ERROR_404.encode()
        eq(got, b"HTTP/1.0 404 File not found\r\nServer: " + sv.encode() +
           b"\r\nDate: X\r\nConnection: close\r\n"
           b"Content-Type: text/html;charset=utf-8\r\nContent-Length: " +
           str(len(body)).encode() + b"\r\n\r\n" + body)
        eq(len(body), 335)

        got = _strip_date(srv.raw(b"GET /a.txt HTTP/1.0\r\n\r\n"))
        eq(got, b"HTTP/1.0 200 OK\r\nServer: " + sv.encode() +
           b"\r\nDate: X\r\nContent-type: text/plain\r\n"
           b"Content-Length: 3\r\nLast-Modified: X\r\n\r\nhi\n")

        got = _strip_date(srv.raw(b"HEAD /a.txt?x=1#f HTTP/1.0\r\n\r\n"))
        assert got.endswith(b"Last-Modified: X\r\n\r\n"), got

        got = _strip_date(srv.raw(b"GET /empty HTTP/1.0\r\n\r\n"))
        eq(got, b"HTTP/1.0 301 Moved Permanently\r\nServer: " +
           sv.encode() + b"\r\nDate: X\r\nLocation: /empty/\r\n"
           b"Content-Length: 0\r\n\r\n")

        got = srv.raw(b"GET /sub/ HTTP/1.0\r\n\r\n")
        assert got.endswith(b"\r\n\r\nindex!"), got
        assert b"Content-type: text/html\r\n" in got

        got = srv.raw(b"GET //a.txt HTTP/1.0\r\n\r\n")
        assert got.endswith(b"\r\n\r\nhi\n"), got
        got = srv.raw(b"GET /../../a.txt HTTP/1.0\r\n\r\n")
        assert got.endswith(b"\r\n\r\nhi\n"), got

        mtime = os.stat(os.path.join(root, "a.txt")).st_mtime
        later = server.BaseHTTPRequestHandler.date_time_string(
            None, mtime + 10)
        got = srv.raw(b"GET /a.txt HTTP/1.0\r\nIf-Modified-Since: " +
                      later.encode() + b"\r\n\r\n")
        assert got.startswith(b"HTTP/1.0 304 Not Modified\r\n"), got
        earlier = server.BaseHTTPRequestHandler.date_time_string(
            None, mtime - 10)
        got = srv.raw(b"GET /a.txt HTTP/1.0\r\nIf-Modified-Since: " +
                      earlier.encode() + b"\r\n\r\n")
        assert got.startswith(b"HTTP/1.0 200 OK\r\n"), got
    log = srv.log.text().splitlines()
    assert log[0].startswith("127.0.0.1 - - ["), log[0]
    assert log[0].endswith("] code 404, message File not found"), log[0]
    assert log[1].endswith('] "GET /nope HTTP/1.0" 404 -'), log[1]
    assert log[2].endswith('] "GET /a.txt HTTP/1.0" 200 -'), log[2]


def test_directory_listing():
    root = _make_tree()
    with Running(_simple_handler(root)) as srv:
        got = srv.raw(b"GET / HTTP/1.0\r\n\r\n")
    head, _sep, body = got.partition(b"\r\n\r\n")
    want = """<!DOCTYPE HTML>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Directory listing for /</title>
</head>
<body>
<h1>Directory listing for /</h1>
<hr>
<ul>
<li><a href="a.txt">a.txt</a></li>
<li><a href="empty/">empty/</a></li>
<li><a href="link">link@</a></li>
<li><a href="sub/">sub/</a></li>
<li><a href="x%20y%26.html">x y&amp;.html</a></li>
</ul>
<hr>
</body>
</html>
"""
    eq(body.decode(), want)
    assert b"Content-type: text/html; charset=utf-8\r\n" in head
    assert b"Content-Length: %d\r\n" % len(body) in head + b"\r\n"


def test_bad_requests():
    root = _make_tree()
    with Running(_simple_handler(root)) as srv:
        got = srv.raw(b"BLAH / HTTP/1.0\r\n\r\n")
        assert got.startswith(b"HTTP/1.0 501 Unsupported method ('BLAH')\r\n")
        assert b"<p>Message: Unsupported method (&#x27;BLAH&#x27;).</p>" \
            not in got
        assert b"<p>Message: Unsupported method ('BLAH').</p>" in got
        got = srv.raw(b"GET / HTTP/2.0\r\n\r\n")
        assert got.startswith(b"<!DOCTYPE HTML>"), got  # no headers: 0.9
        assert b"<p>Message: Invalid HTTP version (2.0).</p>" in got
        got = srv.raw(b"GET / HTTP/1.x\r\n\r\n")
        assert b"Bad request version (&#x27;HTTP/1.x&#x27;)" not in got
        assert b"<p>Message: Bad request version ('HTTP/1.x').</p>" in got
        got = srv.raw(b"GET /a.txt\r\n")
        eq(got, b"hi\n")    # HTTP/0.9: body only
        got = srv.raw(b"POST /a.txt\r\n")
        assert b"Bad HTTP/0.9 request type ('POST')" in got
        got = srv.raw(b"GET / HTTP/1.0 extra\r\n\r\n")
        assert b"<p>Message: Bad request version ('extra').</p>" in got, got
        got = srv.raw(b"GET / x HTTP/1.0\r\n\r\n")
        assert got.startswith(b"HTTP/1.0 400 Bad request syntax ('GET / x "
                              b"HTTP/1.0')\r\n"), got
        got = srv.raw(b"GET /" + b"a" * 70000 + b" HTTP/1.0\r\n\r\n")
        assert b"414" in got.split(b"\r\n")[0] or b"Error code: 414" in got
        got = srv.raw(b"GET\x01 /\x1b[31m HTTP/1.0\r\n\r\n")
        assert got.startswith(b"HTTP/1.0 501"), got
        got = srv.raw(b"GET / HTTP/1.0\r\n" + b"X: y\r\n" * 101 + b"\r\n")
        assert got.startswith(b"HTTP/1.0 431 Too many headers\r\n"), got
    log = srv.log.text()
    assert "code 501, message Unsupported method ('GET\\\\x01')" in log, log
    assert '"GET\\x01 /\\x1b[31m HTTP/1.0" 501 -' in log, log


class KeepAliveHandler(server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = ("path=%s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Conn", str(id(self.connection)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201, "Made")
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data) + 5))
        self.end_headers()
        self.wfile.write(b"echo:" + data)


def test_keep_alive_http11():
    with Running(KeepAliveHandler) as srv:
        with socket.create_connection(("127.0.0.1", srv.port), 5) as c:
            f = c.makefile("rb")
            for i in range(3):
                c.sendall(b"GET /k%d HTTP/1.1\r\nHost: x\r\n\r\n" % i)
                status = f.readline()
                eq(status, b"HTTP/1.1 200 OK\r\n")
                headers = {}
                while True:
                    line = f.readline()
                    if line == b"\r\n":
                        break
                    k, v = line.decode().split(": ", 1)
                    headers[k] = v.strip()
                body = f.read(int(headers["Content-Length"]))
                eq(body, b"path=/k%d" % i)
            c.sendall(b"POST /p HTTP/1.1\r\nContent-Length: 4\r\n"
                      b"Expect: 100-continue\r\n\r\n")
            eq(f.readline(), b"HTTP/1.1 100 Continue\r\n")
            eq(f.readline(), b"\r\n")
            c.sendall(b"data")
            eq(f.readline(), b"HTTP/1.1 201 Made\r\n")
            while f.readline() != b"\r\n":
                pass
            eq(f.read(9), b"echo:data")
            # Connection: close ends the persistent connection.
            c.sendall(b"GET /last HTTP/1.1\r\nConnection: close\r\n\r\n")
            rest = f.read()
            assert rest.endswith(b"path=/last"), rest
            f.close()
        # HTTP/1.0 clients get one request per connection.
        got = srv.raw(b"GET /old HTTP/1.0\r\n\r\n", half_close=False)
        assert got.startswith(b"HTTP/1.1 200 OK\r\n"), got


def test_handler_helpers():
    h = server.BaseHTTPRequestHandler
    eq(h.date_time_string(None, 784111777), "Sun, 06 Nov 1994 08:49:37 GMT")
    eq(h.responses[404], ("Not Found", "Nothing matches the given URI"))
    eq(h.protocol_version, "HTTP/1.0")
    eq(h.server_version, "BaseHTTP/0.6")
    eq(h.sys_version, "Python/" + PYVER)
    simple = object.__new__(server.SimpleHTTPRequestHandler)
    eq(simple.guess_type("x.tar.gz"), "application/gzip")
    eq(simple.guess_type("x.HTML"), "text/html")
    eq(simple.guess_type("x.unknownext"), "application/octet-stream")
    simple.directory = "/srv"
    eq(simple.translate_path("/a/../b/%41?q#f"), "/srv/b/A")
    eq(simple.translate_path("/a/./c/"), "/srv/a/c/")
    assert issubclass(server.ThreadingHTTPServer, server.HTTPServer)
    eq(server.ThreadingHTTPServer.daemon_threads, True)
    eq(HTTPStatus.NOT_FOUND.phrase, "Not Found")
