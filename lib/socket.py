"""pygil's socket module: the Python-level layer over the native _socket.

_socket (native) gives the socket type and the low-level functions; this
module adds what CPython's socket.py adds on top of it:

  * class socket: accept() returning a socket object, makefile(), dup(),
    context manager support, CPython's repr, reference counting of the
    file objects made by makefile() so the descriptor stays open while
    any of them is,
  * SocketIO, the raw stream under makefile(),
  * fromfd, socketpair, create_connection, create_server,
    has_dualstack_ipv6, getfqdn,
  * AddressFamily / SocketKind as IntEnum when the enum module can build
    them (they fall back to plain ints otherwise); MsgFlag and
    AddressInfo are not provided (the MSG_* / AI_* names are plain ints).

sendfile() is implemented with send() (no zero-copy path).
"""

import _socket
from _socket import *

import os
import sys
import io
import errno as _errno

try:
    import enum as _enum
except ImportError:          # pragma: no cover
    _enum = None

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "SocketIO",
           "socket", "socketpair", "SocketType"]
__all__.extend(name for name in dir(_socket)
               if not name.startswith("_") and name not in __all__)

SocketType = _socket.socket
error = OSError
timeout = getattr(_socket, "timeout", TimeoutError)


# ---------------------------------------------------------------------------
# Enum views of the AF_* and SOCK_* constants
# ---------------------------------------------------------------------------

def _build_enum(name, prefix):
    """IntEnum of the module constants starting with prefix, or None."""
    if _enum is None:
        return None
    members = []
    for const in dir(_socket):
        if const.startswith(prefix) and const.isupper():
            value = getattr(_socket, const)
            if isinstance(value, int):
                members.append((const, value))
    try:
        cls = _enum.IntEnum(name, members, module=__name__)
    except Exception:
        return None
    # Publish the members as the module constants, like CPython does.
    for const, _value in members:
        try:
            globals()[const] = cls[const]
        except Exception:
            pass
    return cls


AddressFamily = _build_enum("AddressFamily", "AF_")
SocketKind = _build_enum("SocketKind", "SOCK_")


def _intenum_converter(value, enum_klass):
    """Map an int to its enum member when there is one."""
    if enum_klass is None:
        return value
    try:
        return enum_klass(value)
    except Exception:
        return value


_GLOBAL_DEFAULT_TIMEOUT = object()

_blocking_errnos = {_errno.EAGAIN, _errno.EWOULDBLOCK}


# ---------------------------------------------------------------------------
# The socket class
# ---------------------------------------------------------------------------

class socket(_socket.socket):
    """A network socket (see the socket module documentation)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # A fresh socket gets the usual defaults; one made from a
        # descriptor lets the native layer look its parameters up.
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        cls = type(self)
        name = getattr(cls, "__qualname__", cls.__name__)
        text = "<%s.%s%s fd=%i, family=%i, type=%i, proto=%i" % (
            cls.__module__, name, " [closed]" if closed else "",
            self.fileno(), int(self.family), int(self.type), self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ", laddr=%s" % (laddr,)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ", raddr=%s" % (raddr,)
            except error:
                pass
        return text + ">"

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)

    def dup(self):
        """Return a new socket object on a duplicate of the descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection; return (socket, address)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout hands out sockets that follow
        # the default timeout; with no default they must block.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """Return a file object reading from / writing to the socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)"
                             % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file's data (with send(), no zero-copy support)."""
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})"
                                .format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})"
                                 .format(count))
        if offset:
            file.seek(offset)
        sent = 0
        try:
            while count is None or sent < count:
                want = 8192 if count is None else min(8192, count - sent)
                data = file.read(want)
                if not data:
                    break
                self.sendall(data)
                sent += len(data)
            return sent
        finally:
            if sent > 0 and hasattr(file, "seek"):
                file.seek(offset + sent)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        """Close the socket once no makefile() object uses it any more."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Give the descriptor up without closing it; return it."""
        self._closed = True
        return _socket.socket.detach(self)

    @property
    def family(self):
        """The address family (AddressFamily member when available)."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The socket kind (SocketKind member when available)."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        getter = getattr(os, "get_inheritable", None)
        if getter is None:
            raise NotImplementedError("socket.get_inheritable")
        return getter(self.fileno())

    def set_inheritable(self, inheritable):
        setter = getattr(os, "set_inheritable", None)
        if setter is None:
            raise NotImplementedError("socket.set_inheritable")
        setter(self.fileno(), inheritable)


def fromfd(fd, family, type, proto=0):
    """Make a socket object from a duplicate of descriptor fd."""
    return socket(family, type, proto, dup(fd))


# ---------------------------------------------------------------------------
# SocketIO: the raw stream behind makefile()
# ---------------------------------------------------------------------------

class SocketIO(io.RawIOBase):
    """Raw I/O stream over a socket (used by socket.makefile)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Receive into b; None when a non-blocking socket has no data."""
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except InterruptedError:
                continue
            except error as exc:
                if exc.errno in _blocking_errnos:
                    return None
                raise

    def write(self, b):
        """Send b (possibly partly); None when it would block."""
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as exc:
            if exc.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


# ---------------------------------------------------------------------------
# Convenience functions
# ---------------------------------------------------------------------------

def getfqdn(name=""):
    """Return a fully qualified domain name for name (default: this host)."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    lookup = getattr(_socket, "gethostbyaddr", None)
    if lookup is None:
        return name
    try:
        hostname, aliases, _addrs = lookup(name)
    except error:
        return name
    for candidate in [hostname] + list(aliases):
        if "." in candidate:
            return candidate
    return hostname


if hasattr(_socket, "socketpair"):
    def socketpair(family=None, type=SOCK_STREAM, proto=0):
        """Return a pair of connected socket objects."""
        if family is None:
            family = globals().get("AF_UNIX", AF_INET)
        a, b = _socket.socketpair(family, type, proto)
        a = socket(family, type, proto, a.detach())
        b = socket(family, type, proto, b.detach())
        return a, b
else:
    def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
        """Return a pair of connected sockets, made over loopback TCP."""
        if family == AF_INET:
            host = "127.0.0.1"
        elif family == globals().get("AF_INET6"):
            host = "::1"
        else:
            raise ValueError("Only AF_INET and AF_INET6 socket address "
                             "families are supported")
        if type != SOCK_STREAM:
            raise ValueError("Only SOCK_STREAM socket type is supported")
        if proto != 0:
            raise ValueError("Only protocol zero is supported")
        listener = socket(family, type, proto)
        try:
            listener.bind((host, 0))
            listener.listen()
            addr = listener.getsockname()[:2]
            client = socket(family, type, proto)
            try:
                client.connect(addr)
                server, _ = listener.accept()
            except BaseException:
                client.close()
                raise
        finally:
            listener.close()
        return server, client


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to (host, port), trying every address getaddrinfo gives."""
    host, port = address
    failures = []
    for family, kind, proto, _canon, sockaddr in getaddrinfo(
            host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except error as exc:
            failures.append(exc)
            if sock is not None:
                sock.close()
    if not failures:
        raise error("getaddrinfo returns an empty list")
    if all_errors:
        try:
            group = ExceptionGroup
        except NameError:
            raise NotImplementedError("create_connection(all_errors=True) "
                                      "needs ExceptionGroup")
        raise group("create_connection failed", failures)
    try:
        raise failures[0]
    finally:
        failures = None


def has_dualstack_ipv6():
    """True if an AF_INET6 socket can accept IPv4 connections too."""
    if (not has_ipv6 or "IPPROTO_IPV6" not in globals()
            or "IPV6_V6ONLY" not in globals()):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Return a TCP socket bound to address and listening."""
    if reuse_port and "SO_REUSEPORT" not in globals():
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != globals().get("AF_INET6"):
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        # Let a restarted server bind at once even with connections in
        # TIME_WAIT (not wanted on Windows, where it means something else).
        if os.name not in ("nt", "cygwin") and "SO_REUSEADDR" in globals():
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except error:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == globals().get("AF_INET6"):
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            elif "IPV6_V6ONLY" in globals() and "IPPROTO_IPV6" in globals():
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except error as exc:
            msg = "%s (while attempting to bind on address %r)" % (
                exc.strerror, address)
            raise error(exc.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host/port into a list of
    (family, type, proto, canonname, sockaddr) tuples."""
    result = []
    for af, kind, pr, canon, sockaddr in _socket.getaddrinfo(
            host, port, family, type, proto, flags):
        result.append((_intenum_converter(af, AddressFamily),
                       _intenum_converter(kind, SocketKind),
                       pr, canon, sockaddr))
    return result
