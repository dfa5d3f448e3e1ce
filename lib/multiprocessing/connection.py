"""Connection objects: message-oriented byte streams over a pipe or a
socket pair, as documented for CPython 3.11's multiprocessing.connection.

Framing: every message is a 4-byte big-endian length followed by that many
bytes; a message of 2 GiB or more has the length -1 followed by an 8-byte
length (CPython's framing, so both ends could even be different Pythons).
send()/recv() carry pickle.dumps()/pickle.loads() of the object.

Pipe(duplex=True) is a connected AF_UNIX socket pair; Pipe(duplex=False)
an os.pipe() with a read-only and a write-only end.  Either way the
Connection reads and writes the descriptor with os.read/os.write, which
release the GIL while they block.

Connections are shared with children by inheritance (pass them to
Process(args=...) or create them before forking); pickling one, to send it
through another connection or a queue, raises TypeError: that needs
descriptor passing, which pygil does not have.  Listener/Client (sockets
with authentication) are not implemented and raise NotImplementedError.
"""

import os
import pickle
import select
import socket
import time

__all__ = ['Client', 'Listener', 'Pipe', 'wait', 'Connection']

_CHUNK = 1 << 20            # bytes per os.write of a large message


class Connection:
    """One end of a Pipe."""

    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self):
        os.close(self._handle)

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        raise TypeError("pygil cannot pickle %s objects (no descriptor passing): "
                        "share them with child processes by inheritance"
                        % type(self).__name__)

    # -- writing --

    def _send(self, data):
        fd = self._handle
        if len(data) <= _CHUNK:
            while data:
                n = os.write(fd, data)
                data = data[n:]
            return
        for start in range(0, len(data), _CHUNK):
            chunk = data[start:start + _CHUNK]
            while chunk:
                n = os.write(fd, chunk)
                chunk = chunk[n:]

    def _send_framed(self, payload):
        n = len(payload)
        if n > 0x7fffffff:
            header = (-1).to_bytes(4, 'big', signed=True) + n.to_bytes(8, 'big')
        else:
            header = n.to_bytes(4, 'big', signed=True)
        if n <= 16384:
            self._send(header + payload)
        else:
            self._send(header)
            self._send(payload)

    def send_bytes(self, buf, offset=0, size=None):
        """Send buf[offset:offset+size] as one message."""
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        if offset or size != n:
            data = data[offset:offset + size]
        self._send_framed(data)

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self._send_framed(pickle.dumps(obj))

    # -- reading --

    def _recv_exact(self, n, at_start=False):
        fd = self._handle
        parts = []
        remaining = n
        while remaining > 0:
            chunk = os.read(fd, min(remaining, _CHUNK))
            if not chunk:
                if at_start and remaining == n:
                    raise EOFError
                raise OSError("got end of file during message")
            parts.append(chunk)
            remaining -= len(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _recv_message(self, maxlength=None):
        size = int.from_bytes(self._recv_exact(4, at_start=True), 'big', signed=True)
        if size == -1:
            size = int.from_bytes(self._recv_exact(8), 'big')
        if maxlength is not None and size > maxlength:
            return None
        return self._recv_exact(size)

    def recv_bytes(self, maxlength=None):
        """Receive one message as bytes; EOFError if the other end closed."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_message(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        """Receive one message into the writable buffer buf (a bytearray)
        at offset; returns its length."""
        self._check_closed()
        self._check_readable()
        if offset < 0:
            raise ValueError("negative offset")
        if offset > len(buf):
            raise ValueError("offset too large")
        data = self._recv_message()
        if offset + len(data) > len(buf):
            from . import BufferTooShort
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """Receive one object sent with send()."""
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv_message())

    def poll(self, timeout=0.0):
        """Whether a message (or end of file) is waiting; waits up to
        timeout seconds (None: forever)."""
        self._check_closed()
        self._check_readable()
        return bool(wait([self], timeout))

    def __repr__(self):
        return '<%s handle=%s readable=%s writable=%s>' % (
            type(self).__name__, self._handle, self._readable, self._writable)


def Pipe(duplex=True):
    """A pair (conn1, conn2) of connected Connections.  With duplex=False,
    conn1 only receives and conn2 only sends."""
    if duplex:
        s1, s2 = socket.socketpair()
        return Connection(s1.detach()), Connection(s2.detach())
    r, w = os.pipe()
    return Connection(r, writable=False), Connection(w, readable=False)


def _fileno(obj):
    return obj if isinstance(obj, int) else obj.fileno()


_READY = select.POLLIN | select.POLLHUP | select.POLLERR | select.POLLNVAL


def wait(object_list, timeout=None):
    """Wait until some of object_list (Connections, sockets, process
    sentinels, descriptors) are ready to read, or timeout seconds pass;
    returns the ready ones (a closed peer counts as ready)."""
    if not object_list:
        if timeout is not None and timeout > 0:
            time.sleep(timeout)
        return []
    by_fd = {}
    poller = select.poll()
    for obj in object_list:
        fd = _fileno(obj)
        by_fd.setdefault(fd, []).append(obj)
        poller.register(fd, select.POLLIN)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        if deadline is None:
            events = poller.poll()
        else:
            ms = max(0.0, deadline - time.monotonic()) * 1000
            events = poller.poll(ms)
        ready = set(fd for fd, ev in events if ev & _READY)
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return [obj for obj in object_list if _fileno(obj) in ready]


class Listener:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("multiprocessing.connection.Listener is not supported by pygil")


def Client(*args, **kwargs):
    raise NotImplementedError("multiprocessing.connection.Client is not supported by pygil")
