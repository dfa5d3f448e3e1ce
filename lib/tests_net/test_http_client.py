"""Tests of lib/http/client.py."""

import socket
import threading

import http.client as client
from http import HTTPStatus

from util import eq, raises, pyg_io, OWN_MODULES

io = pyg_io()


class FakeSocket:
    """Just enough of a socket for HTTPResponse: makefile() on bytes."""

    def __init__(self, data):
        self.data = data
        self.files = []

    def makefile(self, mode, bufsize=None):
        f = io.BufferedReader(io.BytesIO(self.data), 16)
        self.files.append(f)
        return f


def response(data, method="GET"):
    r = client.HTTPResponse(FakeSocket(data), method=method)
    r.begin()
    return r


def test_status_and_constants():
    eq(client.responses[404], "Not Found")
    eq(client.OK, 200)
    eq(client.NOT_FOUND, HTTPStatus.NOT_FOUND)
    eq(HTTPStatus(418).phrase, "I'm a Teapot")
    eq(HTTPStatus.OK.description, "Request fulfilled, document follows")
    eq(client.HTTP_PORT, 80)
    eq(repr(client.IncompleteRead(b"abc", 5)),
       "IncompleteRead(3 bytes read, 5 more expected)")
    eq(str(client.IncompleteRead(b"abc")), "IncompleteRead(3 bytes read)")
    eq(client.BadStatusLine("").args, ("''",))
    eq(str(client.LineTooLong("header line")),
       "got more than 65536 bytes when reading header line")
    e = client.RemoteDisconnected("gone")
    assert isinstance(e, ConnectionResetError)
    assert isinstance(e, client.BadStatusLine)
    eq(str(e), "gone")


def test_parse_headers():
    data = (b"Host: a\r\nX-Long: one\r\n two\r\nSet-Cookie: a=1\r\n"
            b"set-cookie: b=2\r\nY:  spaced  \r\nZ:\r\n\r\nbody")
    f = io.BytesIO(data)
    m = client.parse_headers(f)
    eq(f.read(), b"body")
    eq(m["x-long"], "one\r\n two")
    eq(m.get_all("SET-COOKIE"), ["a=1", "b=2"])
    eq(m.keys(), ["Host", "X-Long", "Set-Cookie", "set-cookie", "Y", "Z"])
    eq(m["y"], "spaced  ")
    eq(m["z"], "")
    eq(m["missing"], None)
    eq(m.get("missing", "d"), "d")
    eq(m.get_all("missing"), None)
    eq(len(m), 6)
    assert "HOST" in m
    eq(list(m)[:2], ["Host", "X-Long"])
    eq(m.as_string(), "Host: a\nX-Long: one\n two\nSet-Cookie: a=1\n"
                      "set-cookie: b=2\nY: spaced  \nZ: \n\n")
    eq(str(m), m.as_string())
    m2 = client.parse_headers(io.BytesIO(b"A: 1\r\nNoColon\r\nB: 2\r\n\r\n"))
    eq(m2.items(), [("A", "1")])
    eq(m2.as_string(), "A: 1\n\nNoColon\nB: 2\n\n")
    raises(client.LineTooLong, client.parse_headers,
           io.BytesIO(b"X: " + b"a" * 70000 + b"\r\n\r\n"))
    raises(client.HTTPException, client.parse_headers,
           io.BytesIO(b"X: 1\r\n" * 101 + b"\r\n"),
           msg="got more than 100 headers")


def test_message_container():
    m = client.HTTPMessage()
    m["A"] = "1"
    m["a"] = "2"
    eq(m.get_all("A"), ["1", "2"])
    del m["A"]
    eq(m.keys(), [])
    m.add_header("C", "x", charset="utf-8")
    eq(m.items(), [("C", 'x; charset="utf-8"')])
    m["Content-Type"] = 'text/html; charset="UTF-8"'
    eq(m.get_content_type(), "text/html")
    eq(m.get_content_charset(), "utf-8")
    eq(m.get_param("charset"), "UTF-8")
    eq(m.get_content_maintype(), "text")
    eq(client.HTTPMessage().get_content_type(), "text/plain")
    m.replace_header("c", "y")
    eq(m["C"], "y")
    raises(KeyError, m.replace_header, "nope", "z")
    eq(m.values(), ["y", 'text/html; charset="UTF-8"'])


def test_response_content_length():
    r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                 b"Content-Type: text/plain\r\n\r\nhelloEXTRA")
    eq((r.status, r.reason, r.version, r.code), (200, "OK", 11, 200))
    eq(r.getheader("content-type"), "text/plain")
    eq(r.getheader("nope", "dflt"), "dflt")
    eq(r.getheaders(), [("Content-Length", "5"),
                        ("Content-Type", "text/plain")])
    eq(r.will_close, False)
    eq(r.read(2), b"he")
    eq(r.isclosed(), False)
    eq(r.read(), b"llo")
    eq(r.isclosed(), True)
    eq(r.read(), b"")
    r = response(b"HTTP/1.0 200 OK\r\nContent-Length: 10\r\n\r\nshort")
    eq(r.will_close, True)
    e = raises(client.IncompleteRead, r.read)
    eq(e.partial, b"short")
    eq(e.expected, 5)
    r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd")
    buf = bytearray(10)
    eq(r.readinto(buf), 4)
    eq(bytes(buf[:4]), b"abcd")
    eq(r.readinto(buf), 0)


def test_response_chunked():
    body = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n")
    r = response(body)
    eq(r.chunked, True)
    eq(r.read(), b"hello, world")
    eq(r.isclosed(), True)
    r = response(body)
    eq(r.read(3), b"hel")
    eq(r.read(4), b"lo, ")
    eq(r.read1(100), b"world")
    eq(r.read(100), b"")
    r = response(body.replace(b"0\r\n", b"x\r\n"))
    e = raises(client.IncompleteRead, r.read)
    eq(e.partial, b"hello, world")
    r = response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                 b"4\r\nab\nc\r\n3\r\nd\ne\r\n0\r\n\r\n")
    eq(r.readline(), b"ab\n")
    eq(r.readline(), b"cd\n")
    eq(r.readline(), b"e")
    eq(r.readline(), b"")


def test_response_close_delimited_and_head():
    r = response(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil eof")
    eq(r.will_close, True)
    eq(r.length, None)
    eq(r.read(), b"until eof")
    r = response(b"HTTP/1.0 200 OK\r\n\r\nabc")
    eq(r.read(10), b"abc")
    eq(r.read(10), b"")
    eq(r.isclosed(), True)
    r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", "HEAD")
    eq(r.length, 0)
    eq(r.read(), b"")
    r = response(b"HTTP/1.1 204 No Content\r\n\r\n")
    eq(r.length, 0)
    eq(r.will_close, False)
    r = response(b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n"
                 b"Content-Length: 0\r\n\r\n")
    eq(r.will_close, False)


def test_response_status_lines():
    r = response(b"HTTP/1.1 100 Continue\r\nX: 1\r\n\r\n"
                 b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
    eq((r.status, r.reason), (201, "Created"))
    r = response(b"HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n")
    eq((r.status, r.reason), (404, ""))
    raises(client.BadStatusLine, response, b"HTTP/1.1 abc OK\r\n\r\n")
    raises(client.BadStatusLine, response, b"ICY 200 OK\r\n\r\n")
    raises(client.BadStatusLine, response, b"HTTP/1.1 99 X\r\n\r\n")
    raises(client.RemoteDisconnected, response, b"",
           msg="Remote end closed connection without response")
    raises(client.UnknownProtocol, response, b"HTTP/2.0 200 OK\r\n\r\n")
    raises(client.LineTooLong, response, b"HTTP/1.1 200 " + b"x" * 70000)


class RecordingServer:
    """A TCP server thread that records requests and sends canned replies.

    Each accepted connection reads requests (head + Content-Length or
    chunked body) and answers each with the next reply in `replies`.
    """

    def __init__(self, replies):
        self.replies = list(replies)
        self.requests = []
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while self.replies:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            f = conn.makefile("rb")
            while self.replies:
                head = b""
                while not head.endswith(b"\r\n\r\n"):
                    line = f.readline()
                    if not line:
                        break
                    head += line
                if not head:
                    break
                body = b""
                lower = head.lower()
                if b"content-length:" in lower:
                    n = int(lower.split(b"content-length:")[1]
                            .split(b"\r\n")[0])
                    body = f.read(n)
                elif b"transfer-encoding: chunked" in lower:
                    while True:
                        line = f.readline()
                        size = int(line.strip(), 16)
                        body += line + f.read(size + 2)
                        if size == 0:
                            break
                self.requests.append(head + body)
                conn.sendall(self.replies.pop(0))
            f.close()
            conn.close()
        self.sock.close()


def test_connection_request_bytes():
    srv = RecordingServer([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"] *
                          4)
    conn = client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    conn.request("GET", "/path?q=1")
    r = conn.getresponse()
    eq(r.read(), b"ok")
    conn.request("POST", "/post", body=b"data", headers={"X-A": "1"})
    eq(conn.getresponse().read(), b"ok")
    conn.request("PUT", "/chunked", body=iter([b"ab", b"", b"cde"]))
    eq(conn.getresponse().read(), b"ok")
    conn.putrequest("GET", "/manual", skip_accept_encoding=True)
    conn.putheader("X-Multi", "a", "b")
    conn.endheaders()
    eq(conn.getresponse().read(), b"ok")
    conn.close()
    srv.thread.join(5)
    host = "Host: 127.0.0.1:%d\r\n" % srv.port
    eq(srv.connections, 1)   # keep-alive: one connection for all four
    eq(srv.requests[0].decode(), "GET /path?q=1 HTTP/1.1\r\n" + host +
       "Accept-Encoding: identity\r\n\r\n")
    eq(srv.requests[1].decode(), "POST /post HTTP/1.1\r\n" + host +
       "Accept-Encoding: identity\r\nContent-Length: 4\r\nX-A: 1\r\n\r\n"
       "data")
    eq(srv.requests[2].decode(), "PUT /chunked HTTP/1.1\r\n" + host +
       "Accept-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n"
       "2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n")
    eq(srv.requests[3].decode(), "GET /manual HTTP/1.1\r\n" + host +
       "X-Multi: a\r\n\tb\r\n\r\n")


def test_connection_close_response_and_errors():
    srv = RecordingServer([b"HTTP/1.0 200 OK\r\n\r\nbye"])
    conn = client.HTTPConnection("127.0.0.1:%d" % srv.port)
    eq(conn.port, srv.port)
    conn.request("GET", "/")
    r = conn.getresponse()
    eq(conn.sock, None)          # closed by will_close...
    eq(r.read(), b"bye")         # ...but the response can still be read
    r.close()
    eq(r.isclosed(), True)
    srv.thread.join(5)
    c = client.HTTPConnection("example.com")
    eq((c.host, c.port), ("example.com", 80))
    eq(client.HTTPConnection("[::1]:81").host, "::1")
    raises(client.InvalidURL, client.HTTPConnection, "h:x",
           msg="nonnumeric port: 'x'")
    raises(client.InvalidURL, client.HTTPConnection("h").putrequest,
           "GET", "/a b")
    raises(ValueError, client.HTTPConnection("h").putrequest, "G\x01", "/")
    c = client.HTTPConnection("h")
    raises(client.CannotSendHeader, c.putheader, "A", "b")
    raises(client.ResponseNotReady, c.getresponse)
    c.putrequest("GET", "/", skip_host=True)
    raises(ValueError, c.putheader, "Bad:Name", "x")
    raises(ValueError, c.putheader, "X", "a\r\nb")
    raises(client.CannotSendRequest, c.putrequest, "GET", "/")
    if OWN_MODULES:
        raises(NotImplementedError, client.HTTPSConnection, "h",
               msg="https is not supported by pygil yet")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    c = client.HTTPConnection("127.0.0.1", port)
    raises(ConnectionRefusedError, c.request, "GET", "/")
