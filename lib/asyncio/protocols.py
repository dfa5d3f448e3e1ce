"""Protocols: the callbacks a transport calls (connection_made,
data_received, eof_received, connection_lost, pause/resume_writing)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection callbacks shared by every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` represents it."""

    def connection_lost(self, exc):
        """The connection is gone (exc is None for EOF or close())."""

    def pause_writing(self):
        """The transport's write buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more. Return a true value to keep
        the transport open (for writing)."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that provides the receive buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer."""

    def eof_received(self):
        """The other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived."""

    def error_received(self, exc):
        """A send or receive failed with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for subprocess pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """A child wrote to its stdout or stderr."""

    def pipe_connection_lost(self, fd, exc):
        """A pipe to the child was closed."""

    def process_exited(self):
        """The child exited."""
