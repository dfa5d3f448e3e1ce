"""pygil's selectors module: high-level I/O multiplexing.

Built on the native select module: select.select() always, select.poll()
and select.epoll() when the native module has them.  DefaultSelector is
the best one available (epoll, then poll, then select).
"""

import select
from collections import namedtuple

__all__ = ["EVENT_READ", "EVENT_WRITE", "SelectorKey", "BaseSelector",
           "SelectSelector", "DefaultSelector"]

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

What a selector records for one registered file object: the object, its
descriptor, the events waited for, and the caller's data."""


def _fileobj_to_fd(fileobj):
    """Return the descriptor of fileobj (an int or an object with fileno())."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) \
                from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping:
    """Read-only mapping of file objects to their keys (get_map())."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        return key

    def get(self, fileobj, default=None):
        try:
            return self[fileobj]
        except (KeyError, ValueError):
            return default

    def __contains__(self, fileobj):
        return self.get(fileobj) is not None

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def keys(self):
        return list(self._selector._fd_to_key)

    def values(self):
        return list(self._selector._fd_to_key.values())

    def items(self):
        return list(self._selector._fd_to_key.items())


class BaseSelector:
    """Interface of every selector.

    register/unregister/select/get_map are what a concrete selector
    supplies; modify, close, get_key and the context manager protocol are
    built on them.
    """

    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Bookkeeping shared by the concrete selectors: fd -> SelectorKey."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        """The descriptor of fileobj; for an object already closed, the
        descriptor it was registered under."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered"
                           .format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Selector on select.select()."""

    def __init__(self):
        _BaseSelectorImpl.__init__(self)
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = _BaseSelectorImpl.register(self, fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = _BaseSelectorImpl.unregister(self, fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        ready = []
        try:
            r, w, _x = select.select(list(self._readers), list(self._writers),
                                     [], timeout)
        except InterruptedError:
            return ready
        r = set(r)
        w = set(w)
        for fd in r | w:
            key = self._key_from_fd(fd)
            if key is None:
                continue
            events = (EVENT_READ if fd in r else 0) | \
                (EVENT_WRITE if fd in w else 0)
            ready.append((key, events & key.events))
        return ready


def _ceil_ms(seconds):
    """Seconds as whole milliseconds, rounded up (0 stays 0)."""
    ms = int(seconds * 1000.0)
    if ms < seconds * 1000.0:
        ms += 1
    return ms


class _PollLikeSelector(_BaseSelectorImpl):
    """Common code of the poll and epoll selectors."""

    _READ_BITS = 0
    _WRITE_BITS = 0

    def _new_poller(self):
        raise NotImplementedError

    def __init__(self):
        _BaseSelectorImpl.__init__(self)
        self._selector = self._new_poller()

    def _mask(self, events):
        mask = 0
        if events & EVENT_READ:
            mask |= self._READ_BITS
        if events & EVENT_WRITE:
            mask |= self._WRITE_BITS
        return mask

    def register(self, fileobj, events, data=None):
        key = _BaseSelectorImpl.register(self, fileobj, events, data)
        try:
            self._selector.register(key.fd, self._mask(events))
        except BaseException:
            _BaseSelectorImpl.unregister(self, fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = _BaseSelectorImpl.unregister(self, fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # The descriptor may already be closed; that is fine.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        if events != key.events:
            self._selector.modify(key.fd, self._mask(events))
        if events != key.events or data != key.data:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _events_of(self, bits):
        """Translate poll bits to EVENT_*: errors and hang-ups wake both."""
        events = 0
        if bits & ~self._WRITE_BITS:
            events |= EVENT_READ
        if bits & ~self._READ_BITS:
            events |= EVENT_WRITE
        return events

    def _collect(self, fd_events):
        ready = []
        for fd, bits in fd_events:
            key = self._key_from_fd(fd)
            if key is None:
                continue
            ready.append((key, self._events_of(bits) & key.events))
        return ready


if hasattr(select, "poll"):
    class PollSelector(_PollLikeSelector):
        """Selector on select.poll()."""

        _READ_BITS = select.POLLIN
        _WRITE_BITS = select.POLLOUT

        def _new_poller(self):
            return select.poll()

        def select(self, timeout=None):
            if timeout is None:
                ms = None
            elif timeout <= 0:
                ms = 0
            else:
                ms = _ceil_ms(timeout)
            try:
                fd_events = self._selector.poll(ms)
            except InterruptedError:
                return []
            return self._collect(fd_events)

    __all__.append("PollSelector")


if hasattr(select, "epoll"):
    class EpollSelector(_PollLikeSelector):
        """Selector on select.epoll()."""

        _READ_BITS = select.EPOLLIN
        _WRITE_BITS = select.EPOLLOUT

        def _new_poller(self):
            return select.epoll()

        def fileno(self):
            return self._selector.fileno()

        def select(self, timeout=None):
            if timeout is None:
                timeout = -1
            elif timeout <= 0:
                timeout = 0
            else:
                # epoll counts milliseconds; round up so we never wake early.
                timeout = _ceil_ms(timeout) * 1e-3
            maxevents = max(len(self._fd_to_key), 1)
            try:
                fd_events = self._selector.poll(timeout, maxevents)
            except InterruptedError:
                return []
            return self._collect(fd_events)

        def close(self):
            self._selector.close()
            _PollLikeSelector.close(self)

    __all__.append("EpollSelector")


if "EpollSelector" in globals():
    DefaultSelector = EpollSelector
elif "PollSelector" in globals():
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
