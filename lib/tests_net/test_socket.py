"""Tests of lib/socket.py."""

import socket
import threading

from util import eq, raises


def test_constants_and_functions():
    eq(socket.error, OSError)
    assert socket.timeout is TimeoutError
    eq(int(socket.AF_INET), 2)
    eq(int(socket.SOCK_STREAM), 1)
    eq(socket.inet_aton("1.2.3.4"), b"\x01\x02\x03\x04")
    eq(socket.inet_ntoa(b"\x7f\x00\x00\x01"), "127.0.0.1")
    eq(socket.htons(1), 256)
    eq(socket.ntohl(socket.htonl(12345)), 12345)
    assert isinstance(socket.gethostname(), str)
    eq(socket.gethostbyname("127.0.0.1"), "127.0.0.1")
    infos = socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM)
    fam, kind, proto, canon, addr = infos[0]
    eq((int(fam), int(kind), addr), (2, 1, ("127.0.0.1", 80)))
    assert issubclass(socket.gaierror, OSError)
    raises(socket.gaierror, socket.getaddrinfo, "no-such-host.invalid", 80)
    assert isinstance(socket.getfqdn(), str)


def test_repr_and_context_manager():
    with socket.socket() as s:
        eq(s.family, socket.AF_INET)
        eq(s.type, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        eq(repr(s).split(" laddr")[0],
           "<socket.socket fd=%d, family=2, type=1, proto=0," % s.fileno())
        assert repr(s).endswith("laddr=('127.0.0.1', %d)>" % port), repr(s)
    eq(repr(s), "<socket.socket [closed] fd=-1, family=2, type=1, proto=0>")
    eq(s.fileno(), -1)


def test_accept_makefile_roundtrip():
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]
    result = {}

    def serve():
        conn, addr = srv.accept()
        result["conn_type"] = type(conn)
        with conn:
            rf = conn.makefile("rb")
            wf = conn.makefile("wb")
            for line in rf:
                wf.write(line.upper())
                wf.flush()
            rf.close()
            wf.close()

    t = threading.Thread(target=serve)
    t.start()
    c = socket.create_connection(("127.0.0.1", port), timeout=5)
    f = c.makefile("rw", encoding="utf-8", newline="")
    eq(f.mode, "rw")
    for word in ["hello\n", "wörld\r\n", "x" * 20000 + "\n"]:
        f.write(word)
        f.flush()
        eq(f.readline(), word.encode().upper().decode())
    c.close()          # file still open: the socket must stay usable
    f.write("after close\n")
    f.flush()
    eq(f.readline(), "AFTER CLOSE\n")
    f.close()
    t.join(5)
    eq(result["conn_type"], socket.socket)
    srv.close()


def test_socketpair_dup_fromfd():
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"ping")
        eq(b.recv(10), b"ping")
        c = a.dup()
        assert c.fileno() != a.fileno()
        c.sendall(b"dup")
        eq(b.recv(10), b"dup")
        c.close()
        d = socket.fromfd(b.fileno(), b.family, b.type)
        a.sendall(b"fd")
        eq(d.recv(10), b"fd")
        d.close()
        buf = bytearray(4)
        a.sendall(b"into")
        eq(b.recv_into(buf), 4)
        eq(bytes(buf), b"into")


def test_makefile_modes_and_unbuffered():
    a, b = socket.socketpair()
    with a, b:
        raises(ValueError, a.makefile, "rx")
        raises(ValueError, a.makefile, "r", buffering=0)
        raw = a.makefile("rwb", buffering=0)
        eq(type(raw), socket.SocketIO)
        raw.write(b"abc")
        eq(b.recv(3), b"abc")
        b.sendall(b"xyz")
        eq(raw.read(3), b"xyz")
        eq(raw.readable(), True)
        raw.close()
        raises(ValueError, raw.readable, msg="I/O operation on closed socket.")


def test_timeout_and_refused():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    c = socket.create_connection(srv.getsockname(), timeout=0.2)
    conn, _ = srv.accept()
    try:
        raises(socket.timeout, c.recv, 10)
        eq(c.gettimeout(), 0.2)
        f = c.makefile("rb")
        raises(TimeoutError, f.read, 1)
        raises(OSError, f.read, 1, msg="cannot read from timed out object")
        f.close()
    finally:
        c.close()
        conn.close()
    port = srv.getsockname()[1]
    srv.close()
    raises(ConnectionRefusedError, socket.create_connection,
           ("127.0.0.1", port))


def test_udp_and_sendfile():
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with u1, u2:
        u1.bind(("127.0.0.1", 0))
        u2.sendto(b"dgram", u1.getsockname())
        data, addr = u1.recvfrom(100)
        eq(data, b"dgram")
        eq(addr[1], u2.getsockname()[1])
    import io as _cpython_or_pygil_io  # sendfile only needs a binary file
    a, b = socket.socketpair()
    with a, b:
        f = _cpython_or_pygil_io.BytesIO(b"0123456789")
        eq(a.sendfile(f, 2, 5), 5)
        eq(b.recv(10), b"23456")
        eq(f.tell(), 7)


def test_create_server_errors():
    s = socket.create_server(("127.0.0.1", 0))
    try:
        e = raises(OSError, socket.create_server, s.getsockname())
        assert "while attempting to bind on address" in str(e), str(e)
    finally:
        s.close()
