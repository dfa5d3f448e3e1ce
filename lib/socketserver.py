"""pygil's socketserver module: a framework for network servers.

Server classes: BaseServer, TCPServer, UDPServer, UnixStreamServer,
UnixDatagramServer (where AF_UNIX exists), and the ThreadingMixIn
combinations.  Request handlers: BaseRequestHandler, StreamRequestHandler,
DatagramRequestHandler.

ForkingMixIn exists so that class definitions using it work, but serving
a request with it raises NotImplementedError: pygil has no fork().
"""

__version__ = "0.4"

import os
import sys
import time
import socket
import selectors
import threading
from io import BufferedIOBase, BytesIO

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer",
           "ThreadingTCPServer", "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn", "ForkingMixIn",
           "ForkingUDPServer", "ForkingTCPServer"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])

# The server waits on its socket with the cheapest selector that is not
# a one-shot kernel object (poll when there is one, else select).
if hasattr(selectors, "PollSelector"):
    _ServerSelector = selectors.PollSelector
else:
    _ServerSelector = selectors.SelectSelector


class BaseServer:
    """Base class of the servers: the request loop, without sockets.

    Subclasses supply get_request(), fileno() and the socket handling;
    RequestHandlerClass is instantiated once per request.
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        # Set while serve_forever() is not running.
        self._BaseServer__is_shut_down = threading.Event()
        self._BaseServer__shutdown_request = False

    def server_activate(self):
        """Called by the constructor to activate the server."""

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called.

        The loop wakes up every poll_interval seconds to notice a
        shutdown request and to run service_actions().
        """
        self._BaseServer__is_shut_down.clear()
        try:
            with _ServerSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self._BaseServer__shutdown_request:
                    ready = selector.select(poll_interval)
                    if self._BaseServer__shutdown_request:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._BaseServer__shutdown_request = False
            self._BaseServer__is_shut_down.set()

    def shutdown(self):
        """Make serve_forever() return and wait until it has.

        Must be called from another thread than the one serving, or it
        deadlocks.
        """
        self._BaseServer__shutdown_request = True
        self._BaseServer__is_shut_down.wait()

    def service_actions(self):
        """Called once per serve_forever() loop iteration (a hook)."""

    def handle_request(self):
        """Handle one request, waiting at most self.timeout (or the socket's
        timeout, whichever is smaller)."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        with _ServerSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                if selector.select(timeout):
                    return self._handle_request_noblock()
                if deadline is not None:
                    timeout = deadline - time.monotonic()
                    if timeout < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        """Accept one request (known to be ready) and process it."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        """Called when handle_request() times out (a hook)."""

    def verify_request(self, request, client_address):
        """Return False to refuse the request (a hook)."""
        return True

    def process_request(self, request, client_address):
        """Handle the request and close it (mix-ins override this)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Clean up the server (a hook)."""

    def finish_request(self, request, client_address):
        """Run the request handler on the request."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End a request (closing it by default)."""
        self.close_request(request)

    def close_request(self, request):
        """Release a request's resources (a hook)."""

    def handle_error(self, request, client_address):
        """Report an exception raised while handling a request: the
        traceback goes to sys.stderr and the server goes on."""
        sys.stderr.write("-" * 40 + "\n")
        sys.stderr.write("Exception occurred during processing of request "
                         "from %s\n" % (client_address,))
        try:
            import traceback
        except ImportError:
            traceback = None
        if traceback is not None:
            traceback.print_exc()
        else:
            sys.excepthook(*sys.exc_info())
        sys.stderr.write("-" * 40 + "\n")
        try:
            sys.stderr.flush()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        """Bind the socket (with SO_REUSEADDR/SO_REUSEPORT if asked for)."""
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor (for selectors)."""
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        """Shut the connection down for writing, then close it."""
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket; a request is (data, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class ForkingMixIn:
    """Process each request in a child process (not available in pygil)."""

    timeout = 300
    active_children = None
    max_children = 40
    block_on_close = True

    def process_request(self, request, client_address):
        raise NotImplementedError("socketserver.ForkingMixIn: pygil has no "
                                  "os.fork()")

    def collect_children(self, *, blocking=False):
        pass

    def handle_timeout(self):
        pass

    def service_actions(self):
        pass

    def server_close(self):
        super().server_close()


class _NoThreads:
    """Stand-in for _Threads when threads are not tracked."""

    def append(self, thread):
        pass

    def join(self):
        pass


class _Threads(list):
    """The request threads still worth joining."""

    def append(self, thread):
        # Forget finished threads so the list does not grow forever.
        self[:] = [t for t in self if t.is_alive()]
        list.append(self, thread)

    def pop_all(self):
        threads = self[:]
        del self[:]
        return threads

    def join(self):
        for thread in self.pop_all():
            thread.join()


class ThreadingMixIn:
    """Handle each request in a new thread.

    daemon_threads: make the request threads daemonic.
    block_on_close: server_close() joins the non-daemon request threads.
    """

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close and not isinstance(self._threads, _Threads):
            self._threads = _Threads()
        thread = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        thread.daemon = self.daemon_threads
        self._threads.append(thread)
        thread.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ForkingUDPServer(ForkingMixIn, UDPServer):
    pass


class ForkingTCPServer(ForkingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, "AF_UNIX"):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Handles one request: setup(), handle(), then finish() (always)."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Handler for stream requests: self.rfile and self.wfile are file
    objects on the connection.

    rbufsize/wbufsize: buffering of rfile/wfile (wbufsize 0 means every
    write goes straight to the socket); timeout: socket timeout;
    disable_nagle_algorithm: set TCP_NODELAY.
    """

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP,
                                       socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile("rb", self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile("wb", self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                # The client may have gone away; nothing to flush to.
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """Unbuffered writable file object: every write() is a sendall()."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        try:
            return memoryview(b).nbytes
        except (NameError, TypeError):
            return len(b)

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """Handler for datagram requests: rfile holds the packet, and what is
    written to wfile is sent back to the client at the end."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
