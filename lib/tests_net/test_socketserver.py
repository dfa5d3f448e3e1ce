"""Tests of lib/socketserver.py."""

import os
import socket
import socketserver
import sys
import threading
import time

from util import eq, raises, tmpdir


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


class BufferedEchoHandler(EchoHandler):
    wbufsize = 1024
    rbufsize = 0      # unbuffered reads

    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"buffered:" + line)


class DatagramEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b"got " + self.rfile.read())


def _serve(server):
    t = threading.Thread(target=server.serve_forever,
                         kwargs={"poll_interval": 0.05})
    t.start()
    return t


def _talk(address, family=socket.AF_INET, lines=(b"a\n", b"bc\n")):
    with socket.socket(family, socket.SOCK_STREAM) as c:
        c.settimeout(5)
        c.connect(address)
        f = c.makefile("rwb")
        got = []
        for line in lines:
            f.write(line)
            f.flush()
            got.append(f.readline())
        f.close()
        return got


def test_tcp_server_plain_and_threading():
    for cls in (socketserver.TCPServer, socketserver.ThreadingTCPServer):
        with cls(("127.0.0.1", 0), EchoHandler) as server:
            eq(server.server_address[0], "127.0.0.1")
            assert server.server_address[1] > 0
            eq(server.fileno(), server.socket.fileno())
            t = _serve(server)
            try:
                eq(_talk(server.server_address), [b"A\n", b"BC\n"])
                eq(_talk(server.server_address, lines=[b"x\n"]), [b"X\n"])
            finally:
                server.shutdown()
                t.join(5)
            assert not t.is_alive()
        raises(OSError, server.socket.getsockname)


def test_buffered_handler_and_reuse_address():
    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    server = Server(("127.0.0.1", 0), BufferedEchoHandler)
    eq(server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0,
       True)
    t = _serve(server)
    try:
        eq(_talk(server.server_address, lines=[b"hi\n"]), [b"buffered:hi\n"])
    finally:
        server.shutdown()
        server.server_close()
        t.join(5)


def test_udp_server():
    for cls in (socketserver.UDPServer, socketserver.ThreadingUDPServer):
        with cls(("127.0.0.1", 0), DatagramEcho) as server:
            t = _serve(server)
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
                    c.settimeout(5)
                    c.sendto(b"ping", server.server_address)
                    data, addr = c.recvfrom(100)
                    eq(data, b"got ping")
                    eq(addr, server.server_address)
            finally:
                server.shutdown()
                t.join(5)


def test_unix_stream_server():
    if not hasattr(socketserver, "UnixStreamServer"):
        return
    path = os.path.join(tmpdir(), "sock")
    with socketserver.ThreadingUnixStreamServer(path, EchoHandler) as server:
        t = _serve(server)
        try:
            eq(_talk(path, socket.AF_UNIX, [b"unix\n"]), [b"UNIX\n"])
        finally:
            server.shutdown()
            t.join(5)
    os.unlink(path)


def test_handle_request_and_timeout():
    calls = []

    class Server(socketserver.TCPServer):
        timeout = 0.1

        def handle_timeout(self):
            calls.append("timeout")

    with Server(("127.0.0.1", 0), EchoHandler) as server:
        start = time.monotonic()
        server.handle_request()
        assert time.monotonic() - start >= 0.09
        eq(calls, ["timeout"])
        result = []
        t = threading.Thread(target=lambda: result.append(
            _talk(server.server_address, lines=[b"one\n"])))
        t.start()
        server.handle_request()
        t.join(5)
        eq(result, [[b"ONE\n"]])


def test_handle_error_and_verify_request():
    class Boom(socketserver.BaseRequestHandler):
        def handle(self):
            raise RuntimeError("boom in handler")

    class Captured:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

        def flush(self):
            pass

    with socketserver.TCPServer(("127.0.0.1", 0), Boom) as server:
        cap = Captured()
        old = sys.stderr
        sys.stderr = cap
        try:
            t = threading.Thread(target=server.handle_request)
            t.start()
            with socket.create_connection(server.server_address, 5) as c:
                eq(c.recv(10), b"")   # the request was shut down
            t.join(5)
        finally:
            sys.stderr = old
        text = "".join(cap.parts)
        lines = text.splitlines()
        eq(lines[0], "-" * 40)
        assert lines[1].startswith("Exception occurred during processing of "
                                   "request from ('127.0.0.1', "), lines[1]
        eq(lines[2], "Traceback (most recent call last):")
        eq(lines[-2], "RuntimeError: boom in handler")
        eq(lines[-1], "-" * 40)

    class Picky(socketserver.TCPServer):
        def verify_request(self, request, client_address):
            return False

    with Picky(("127.0.0.1", 0), EchoHandler) as server:
        t = threading.Thread(target=server.handle_request)
        t.start()
        with socket.create_connection(server.server_address, 5) as c:
            c.sendall(b"x\n")
            eq(c.recv(10), b"")
        t.join(5)


def test_threading_mixin_joins_threads():
    finished = []
    started = threading.Event()

    class Slow(socketserver.BaseRequestHandler):
        def handle(self):
            started.set()
            time.sleep(0.3)
            finished.append(True)

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Slow)
    t = _serve(server)
    c = socket.create_connection(server.server_address, 5)
    started.wait(5)
    server.shutdown()
    t.join(5)
    server.server_close()       # waits for the handler thread
    eq(finished, [True])
    c.close()


def test_forking_mixin_unsupported_message():
    server = socketserver.ForkingTCPServer(("127.0.0.1", 0), EchoHandler,
                                           bind_and_activate=False)
    server.server_close()
    assert issubclass(socketserver.ForkingTCPServer, socketserver.TCPServer)
