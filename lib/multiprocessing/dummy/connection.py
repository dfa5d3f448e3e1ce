"""multiprocessing.dummy.connection: Pipe between threads, made of two
queues (objects travel as they are, not pickled).  Listener and Client are
not implemented (NotImplementedError)."""

from queue import Queue, Empty

__all__ = ['Client', 'Listener', 'Pipe']


class Connection:
    """One end of a thread Pipe: sends into one queue, receives from the
    other."""

    def __init__(self, incoming, outgoing):
        self._in = incoming
        self._out = outgoing
        self._peeked = []

    def send(self, obj):
        self._out.put(obj)

    send_bytes = send

    def recv(self):
        if self._peeked:
            return self._peeked.pop()
        return self._in.get()

    recv_bytes = recv

    def poll(self, timeout=0.0):
        """Whether an object is waiting (waits up to timeout seconds)."""
        if self._peeked:
            return True
        try:
            if timeout is not None and timeout <= 0:
                self._peeked.append(self._in.get_nowait())
            else:
                self._peeked.append(self._in.get(timeout=timeout))
            return True
        except Empty:
            return False

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


class Listener:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "multiprocessing.dummy.connection.Listener is not supported by pygil")


def Client(*args, **kwargs):
    raise NotImplementedError(
        "multiprocessing.dummy.connection.Client is not supported by pygil")
