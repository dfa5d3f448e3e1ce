"""Tests of lib/urllib/request.py (and error/response) against a local
ThreadingHTTPServer."""

import os
import socket
import sys
import threading

import http.client
import http.server
import urllib.error
import urllib.parse
import urllib.request
import urllib.response

from util import eq, raises, tmpfile, OWN_MODULES, pyg_io


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, code, body, ctype="text/plain", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _dispatch(self):
        parts = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parts.query)
        path = parts.path
        body = b""
        if "Content-Length" in self.headers:
            body = self.rfile.read(int(self.headers["Content-Length"]))
        elif self.headers.get("Transfer-Encoding") == "chunked":
            while True:
                size = int(self.rfile.readline().strip(), 16)
                body += self.rfile.read(size)
                self.rfile.readline()
                if size == 0:
                    break
        if path == "/echo":
            lines = ["method=%s" % self.command, "path=%s" % self.path]
            for name in ("User-Agent", "Content-Type", "Content-Length",
                         "Host", "Connection", "X-Custom",
                         "Transfer-Encoding"):
                if name in self.headers:
                    lines.append("%s=%s" % (name, self.headers[name]))
            lines.append("body=%s" % body.decode("latin-1"))
            self._send(200, "\n".join(lines).encode())
        elif path.startswith("/redirect/"):
            code = int(path.split("/")[2])
            target = query.get("to", ["/echo"])[0]
            self._send(code, b"moved", extra=[("Location", target)])
        elif path == "/loop":
            self._send(302, b"", extra=[("Location", "/loop")])
        elif path.startswith("/status/"):
            code = int(path.split("/")[2])
            self._send(code, b"status body %d" % code,
                       extra=[("X-Error", "yes")])
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"until close")
        else:
            self.send_error(404)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _dispatch


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128


_server = None


def server_url(path=""):
    global _server
    if _server is None:
        _server = Server(("127.0.0.1", 0), Handler)
        t = threading.Thread(target=_server.serve_forever, daemon=True)
        t.start()
    return "http://127.0.0.1:%d%s" % (_server.server_address[1], path)


def test_get_and_response_object():
    url = server_url("/echo?a=1")
    with urllib.request.urlopen(url, timeout=10) as r:
        eq(type(r), http.client.HTTPResponse)
        eq(r.status, 200)
        eq(r.code, 200)
        eq(r.getcode(), 200)
        eq(r.reason, "OK")
        eq(r.msg, "OK")
        eq(r.url, url)
        eq(r.geturl(), url)
        eq(r.info().get_content_type(), "text/plain")
        eq(r.headers["Content-Type"], "text/plain")
        body = r.read().decode()
    lines = body.split("\n")
    eq(lines[0], "method=GET")
    eq(lines[1], "path=/echo?a=1")
    assert "User-Agent=Python-urllib/%d.%d" % sys.version_info[:2] in lines
    assert "Connection=close" in lines
    assert "Host=127.0.0.1:%d" % _server.server_address[1] in lines
    eq(r.isclosed(), True)


def test_post_and_request_class():
    url = server_url("/echo")
    with urllib.request.urlopen(url, data=b"x=1&y=2") as r:
        body = r.read().decode()
    assert "method=POST" in body
    assert "Content-Type=application/x-www-form-urlencoded" in body
    assert "Content-Length=7" in body
    assert body.endswith("body=x=1&y=2")

    req = urllib.request.Request(url, data=b"{}", method="PUT",
                                 headers={"Content-Type": "application/json"})
    req.add_header("x-custom", "v1")
    eq(req.get_method(), "PUT")
    eq(req.get_header("X-custom"), "v1")
    eq(req.has_header("Content-type"), True)
    eq(req.full_url, url)
    eq(req.host, "127.0.0.1:%d" % _server.server_address[1])
    eq(req.selector, "/echo")
    eq(req.type, "http")
    with urllib.request.urlopen(req) as r:
        body = r.read().decode()
    assert "method=PUT" in body
    assert "Content-Type=application/json" in body
    assert "X-Custom=v1" in body
    # A body of unknown length goes out chunked.
    req = urllib.request.Request(url, data=iter([b"it", b"er"]))
    with urllib.request.urlopen(req) as r:
        body = r.read().decode()
    assert "Transfer-Encoding=chunked" in body, body
    assert body.endswith("body=iter"), body
    # A str body is refused.
    raises(TypeError, urllib.request.urlopen, url, data="text")

    r = urllib.request.Request("http://h/p?q#frag")
    eq(r.full_url, "http://h/p?q#frag")
    eq(r.fragment, "frag")
    eq(r.selector, "/p?q")
    eq(r.get_method(), "GET")
    eq(r.header_items(), [])
    raises(ValueError, urllib.request.Request, "no-scheme",
           msg="unknown url type: 'no-scheme'")
    r.data = b"x"
    eq(r.get_method(), "POST")


def test_redirects():
    for code in (301, 302, 303, 307, 308):
        url = server_url("/redirect/%d?to=/echo%%3Fr%%3D%d" % (code, code))
        with urllib.request.urlopen(url) as r:
            body = r.read().decode()
            eq(r.url, server_url("/echo?r=%d" % code))
        assert "method=GET" in body
        assert "path=/echo?r=%d" % code in body
    # POST follows 303 as a GET without a body...
    with urllib.request.urlopen(server_url("/redirect/303"), b"data") as r:
        body = r.read().decode()
    assert "method=GET" in body and "Content-Length" not in body, body
    # ...but 307 keeps the method, which urllib refuses to redo.
    e = raises(urllib.error.HTTPError, urllib.request.urlopen,
               server_url("/redirect/307"), b"data")
    eq(e.code, 307)
    e.close()
    e = raises(urllib.error.HTTPError, urllib.request.urlopen,
               server_url("/loop"))
    eq(e.code, 302)
    assert e.msg.startswith("The HTTP server returned a redirect error "
                            "that would lead to an infinite loop."), e.msg
    e.close()
    url = server_url("/redirect/302?to=http://127.0.0.1:%d/echo%%3Fabs"
                     % _server.server_address[1])
    with urllib.request.urlopen(url) as r:
        assert "path=/echo?abs" in r.read().decode()


def test_http_errors():
    e = raises(urllib.error.HTTPError, urllib.request.urlopen,
               server_url("/status/404"))
    eq(e.code, 404)
    eq(e.status, 404)
    eq(e.reason, "Not Found")
    eq(str(e), "HTTP Error 404: Not Found")
    eq(repr(e), "<HTTPError 404: 'Not Found'>")
    eq(e.headers["X-Error"], "yes")
    eq(e.info()["X-Error"], "yes")
    eq(e.geturl(), server_url("/status/404"))
    eq(e.read(), b"status body 404")
    e.close()
    assert isinstance(e, urllib.error.URLError)
    assert isinstance(e, OSError)
    e = raises(urllib.error.HTTPError, urllib.request.urlopen,
               server_url("/status/500"))
    eq(e.code, 500)
    e.close()
    e = urllib.error.HTTPError("u", 404, "nf", {}, None)
    eq(e.read(), b"")


def test_url_errors():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    e = raises(urllib.error.URLError, urllib.request.urlopen,
               "http://127.0.0.1:%d/" % port)
    assert isinstance(e.reason, ConnectionRefusedError), repr(e.reason)
    eq(str(e), "<urlopen error [Errno 111] Connection refused>")
    e = raises(urllib.error.URLError, urllib.request.urlopen,
               "gopherx://h/")
    eq(e.reason, "unknown url type: gopherx")
    if OWN_MODULES:
        e = raises(urllib.error.URLError, urllib.request.urlopen,
                   "https://127.0.0.1:1/")
        assert isinstance(e.reason, NotImplementedError), repr(e.reason)
        eq(str(e), "<urlopen error https is not supported by pygil yet>")
    raises(urllib.error.URLError, urllib.request.urlopen, "http:///nohost")


def test_chunked_and_close_delimited():
    with urllib.request.urlopen(server_url("/chunked")) as r:
        eq(r.chunked, True)
        eq(r.read(7), b"hello c")
        eq(r.read(), b"hunked world")
    with urllib.request.urlopen(server_url("/close")) as r:
        eq(r.read(), b"until close")
    req = urllib.request.Request(server_url("/echo"), method="HEAD")
    with urllib.request.urlopen(req) as r:
        eq(r.status, 200)
        eq(r.read(), b"")


def test_concurrent_requests():
    n = 100
    results = [None] * n
    errors = []

    def fetch(i):
        try:
            url = server_url("/echo?i=%d" % i)
            with urllib.request.urlopen(url, timeout=30) as r:
                results[i] = r.read().decode()
        except Exception as exc:
            errors.append(repr(exc))

    server_url()
    threads = [threading.Thread(target=fetch, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    eq(errors, [])
    for i in range(n):
        assert ("path=/echo?i=%d" % i) in results[i], results[i]


def test_keep_alive_with_http_client():
    conn = http.client.HTTPConnection("127.0.0.1", _port(), timeout=10)
    socks = set()
    for i in range(5):
        conn.request("GET", "/echo?n=%d" % i)
        r = conn.getresponse()
        eq(r.will_close, False)
        assert ("path=/echo?n=%d" % i) in r.read().decode()
        socks.add(id(conn.sock))
    eq(len(socks), 1)
    conn.close()


def _port():
    server_url()
    return _server.server_address[1]


def test_file_and_data_urls():
    path = tmpfile("page.html")
    with open(path, "wb") as f:
        f.write(b"<p>file</p>")
    url = "file://" + urllib.request.pathname2url(path)
    with urllib.request.urlopen(url) as r:
        eq(r.read(), b"<p>file</p>")
        eq(r.info()["Content-type"], "text/html")
        eq(r.info()["Content-length"], "11")
        eq(r.geturl(), url)
        eq(r.status, None)
    e = raises(urllib.error.URLError, urllib.request.urlopen,
               "file://" + path + ".missing")
    assert isinstance(e.reason, FileNotFoundError)
    with urllib.request.urlopen("data:text/plain;base64,SGVsbG8=") as r:
        eq(r.read(), b"Hello")
        eq(r.info()["Content-type"], "text/plain")
    with urllib.request.urlopen("data:,a%20b") as r:
        eq(r.read(), b"a b")
        eq(r.info()["Content-type"], "text/plain;charset=US-ASCII")
    target = tmpfile("copy")
    name, headers = urllib.request.urlretrieve(server_url("/echo?r=1"),
                                               target)
    eq(name, target)
    with open(target, "rb") as f:
        assert b"path=/echo?r=1" in f.read()
    eq(urllib.request.url2pathname("/a%20b"), "/a b")


def test_opener_and_handlers():
    calls = []

    class Recorder(urllib.request.BaseHandler):
        handler_order = 100

        def http_request(self, req):
            calls.append(("request", req.full_url))
            req.add_header("X-custom", "from-handler")
            return req

        def http_response(self, req, resp):
            calls.append(("response", resp.status))
            return resp

    opener = urllib.request.build_opener(Recorder)
    eq(opener.addheaders, [("User-agent", "Python-urllib/%d.%d"
                            % sys.version_info[:2])])
    with opener.open(server_url("/echo")) as r:
        assert "X-Custom=from-handler" in r.read().decode()
    eq(calls, [("request", server_url("/echo")), ("response", 200)])

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    opener = urllib.request.build_opener(NoRedirect())
    e = raises(urllib.error.HTTPError, opener.open,
               server_url("/redirect/302"))
    eq(e.code, 302)
    e.close()
    urllib.request.install_opener(urllib.request.build_opener())
    with urllib.request.urlopen(server_url("/echo")) as r:
        eq(r.status, 200)
    urllib.request.install_opener(None)


def test_response_helpers():
    io = pyg_io()
    resp = urllib.response.addinfourl(io.BytesIO(b"x\ny"), {"h": 1},
                                      "http://u", 200)
    eq((resp.status, resp.code, resp.getcode(), resp.geturl(), resp.url),
       (200, 200, 200, "http://u", "http://u"))
    eq(resp.info(), {"h": 1})
    eq(list(resp), [b"x\n", b"y"])
    eq(resp.closed, False)
    resp.close()
    eq(resp.closed, True)
    closed = []
    hooked = urllib.response.addclosehook(io.BytesIO(b""), closed.append, 1)
    hooked.close()
    eq(closed, [1])
    e = urllib.error.URLError("boom")
    eq((str(e), e.reason, e.args), ("<urlopen error boom>", "boom",
                                     ("boom",)))
    c = urllib.error.ContentTooShortError("m", b"data")
    eq(c.content, b"data")


def test_proxy_environment_helpers():
    old = dict(os.environ)
    try:
        os.environ["http_proxy"] = "http://proxy:3128"
        os.environ["no_proxy"] = "localhost,.example.com"
        proxies = urllib.request.getproxies()
        eq(proxies["http"], "http://proxy:3128")
        eq(urllib.request.proxy_bypass_environment("a.example.com",
                                                   proxies), True)
        eq(urllib.request.proxy_bypass_environment("localhost:80",
                                                   proxies), True)
        eq(urllib.request.proxy_bypass_environment("other.org", proxies),
           False)
    finally:
        os.environ.clear()
        os.environ.update(old)
