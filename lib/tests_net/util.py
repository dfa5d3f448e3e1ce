"""Small helpers shared by the tests (no unittest, no tempfile)."""

import os
import sys

_counter = [0]


def tmpdir():
    """A fresh scratch directory under /tmp."""
    _counter[0] += 1
    path = "/tmp/pygil_tests_net_%d_%d" % (os.getpid(), _counter[0])
    if not os.path.isdir(path):
        os.mkdir(path)
    return path


def tmpfile(name="f"):
    return os.path.join(tmpdir(), name)


def eq(got, want, what=""):
    if got != want:
        raise AssertionError("%s: got %r, want %r" % (what or "value", got,
                                                      want))


def raises(exc, func, *args, msg=None, **kw):
    """Call func and check that it raises exc (and message msg)."""
    try:
        func(*args, **kw)
    except exc as e:
        if msg is not None and str(e) != msg:
            raise AssertionError("%s raised %s(%r), want message %r"
                                 % (getattr(func, "__name__", func),
                                    type(e).__name__, str(e), msg))
        return e
    except BaseException as e:
        raise AssertionError("%s raised %s(%r), want %s"
                             % (getattr(func, "__name__", func),
                                type(e).__name__, str(e), exc.__name__))
    raise AssertionError("%s did not raise %s"
                         % (getattr(func, "__name__", func), exc.__name__))


def pyg_io():
    return sys.modules["pyg_io"]


# False when the suite runs against CPython's own modules (to check the
# expectations): assertions about pygil-only behaviour are skipped then.
OWN_MODULES = not os.environ.get("TESTS_NET_REFERENCE")
