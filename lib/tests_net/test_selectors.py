"""Tests of lib/selectors.py."""

import selectors
import socket

from util import eq, raises


def _exercise(cls):
    a, b = socket.socketpair()
    with a, b, cls() as sel:
        key = sel.register(a, selectors.EVENT_READ, "data-a")
        eq(key.fileobj, a)
        eq(key.fd, a.fileno())
        eq(key.events, selectors.EVENT_READ)
        eq(key.data, "data-a")
        raises(KeyError, sel.register, a, selectors.EVENT_READ)
        raises(ValueError, sel.register, b, 0)
        raises(ValueError, sel.register, b, 4)
        raises(ValueError, sel.register, -1, selectors.EVENT_READ)
        eq(sel.select(0), [])
        b.sendall(b"x")
        ready = sel.select(1)
        eq(len(ready), 1)
        eq(ready[0][0].fileobj, a)
        eq(ready[0][1], selectors.EVENT_READ)
        eq(a.recv(1), b"x")
        key2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE,
                          "both")
        eq(key2.data, "both")
        ready = sel.select(1)
        eq([(k.fileobj, ev) for k, ev in ready], [(a, selectors.EVENT_WRITE)])
        key3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE,
                          "other")
        eq(key3.data, "other")
        eq(sel.get_key(a).data, "other")
        eq(len(sel.get_map()), 1)
        assert a in sel.get_map()
        eq(list(sel.get_map()), [a.fileno()])
        eq(sel.unregister(a).data, "other")
        raises(KeyError, sel.unregister, a)
        raises(KeyError, sel.get_key, a)
        raises(KeyError, sel.modify, a, selectors.EVENT_READ)
        sel.register(b.fileno(), selectors.EVENT_WRITE)
        eq(sel.select(None)[0][0].fd, b.fileno())
    raises(RuntimeError, sel.get_key, a)
    eq(sel.get_map(), None)


def test_select_selector():
    _exercise(selectors.SelectSelector)


def test_poll_selector():
    if hasattr(selectors, "PollSelector"):
        _exercise(selectors.PollSelector)


def test_epoll_selector():
    if hasattr(selectors, "EpollSelector"):
        _exercise(selectors.EpollSelector)


def test_default_selector_timeout():
    import time
    with selectors.DefaultSelector() as sel:
        a, b = socket.socketpair()
        with a, b:
            sel.register(a, selectors.EVENT_READ)
            start = time.monotonic()
            eq(sel.select(0.1), [])
            assert time.monotonic() - start >= 0.09


def test_hangup_wakes_reader():
    for cls in [selectors.SelectSelector, selectors.DefaultSelector]:
        a, b = socket.socketpair()
        with cls() as sel:
            sel.register(a, selectors.EVENT_READ)
            b.close()
            ready = sel.select(1)
            eq([ev for _k, ev in ready], [selectors.EVENT_READ])
        a.close()
