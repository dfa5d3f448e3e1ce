"""multiprocessing's API on threads (as CPython 3.11's
multiprocessing.dummy documents it): Process is a thread, Pool a
multiprocessing.pool.ThreadPool, the synchronization primitives and queues
are threading's and queue's, Pipe is a pair of queues (connection.py),
Value a plain holder.  Array needs the array module, which pygil does not
have, and Manager is not provided (NotImplementedError both)."""

import threading

from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from queue import Queue, Queue as JoinableQueue

from .connection import Pipe

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue',
    'Value', 'Array',
]

current_process = threading.current_thread

# Thread started by each thread (Process.start), for active_children().
_children = {}


class DummyProcess(threading.Thread):
    """A thread with the parts of Process's API that make sense for one."""

    def start(self):
        _children.setdefault(threading.get_ident(), []).append(self)
        self._started_by_start = True
        super().start()

    @property
    def exitcode(self):
        """0 once the thread has finished, else None (threads have no
        exit status)."""
        if getattr(self, '_started_by_start', False) and not self.is_alive():
            return 0
        return None


Process = DummyProcess


def active_children():
    """The threads started by the current thread that are still alive."""
    mine = _children.get(threading.get_ident(), [])
    mine[:] = [t for t in mine if t.is_alive()]
    return list(mine)


def freeze_support():
    """Does nothing (only frozen Windows executables need it)."""


class Value:
    """A value holder: threads share memory, so nothing more is needed."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self.value)


def Array(typecode, sequence, lock=True):
    raise NotImplementedError("multiprocessing.dummy.Array needs the array module, "
                              "which pygil does not have")


def Manager():
    raise NotImplementedError("multiprocessing.dummy.Manager is not supported by pygil")


def Pool(processes=None, initializer=None, initargs=()):
    """A ThreadPool of `processes` threads."""
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
