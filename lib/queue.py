"""Synchronized queues for pygil (documented behaviour of CPython 3.11).

Queue (FIFO), LifoQueue, PriorityQueue share one locking scheme: a single
mutex with three conditions on it (not_empty, not_full, all_tasks_done).
Subclasses customise storage by overriding _init/_qsize/_put/_get, which are
always called with the mutex held.

SimpleQueue is an unbounded FIFO without task tracking, built from a deque
and a counting semaphore.

Only append/appendleft/pop/popleft/len are used on deques.
"""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


_TIMEOUT_MSG = "'timeout' must be a non-negative number"


def _generic_alias_type():
    # `list[int]` gives us types.GenericAlias without importing `types`.
    try:
        return type(list[int])
    except Exception:
        return None


_GenericAlias = _generic_alias_type()


def _class_getitem(cls, item):
    if _GenericAlias is None:
        raise NotImplementedError(
            "%s[...] generic aliases are not supported by pygil yet"
            % cls.__name__)
    return _GenericAlias(cls, item)


class Queue:
    """A FIFO queue.  maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the storage and the counters; all three
        # conditions share it, so holding any of them holds the mutex.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # -- task tracking ------------------------------------------------------

    def task_done(self):
        """Mark one previously fetched item as processed.

        Raises ValueError if called more times than items were put."""
        with self.all_tasks_done:
            remaining = self.unfinished_tasks - 1
            if remaining < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = remaining
            if remaining == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put has been matched by a task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # -- size queries (approximate by nature) -------------------------------

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- put / get ----------------------------------------------------------

    def _has_room(self):
        return self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting for a free slot if the queue is bounded.

        block=False: raise Full at once if there is no slot.
        timeout=None: wait as long as needed; otherwise wait at most
        timeout seconds and then raise Full."""
        with self.not_full:
            # An unbounded queue never waits, so its arguments are not
            # checked; a bounded one rejects a negative timeout even when
            # there happens to be room (as CPython does).
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_TIMEOUT_MSG)
                elif not self.not_full.wait_for(self._has_room, timeout):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item.

        block=False: raise Empty at once if no item is available.
        timeout=None: wait as long as needed; otherwise wait at most
        timeout seconds and then raise Empty."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_TIMEOUT_MSG)
            elif not self.not_empty.wait_for(self._qsize, timeout):
                raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Equivalent to put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Equivalent to get(block=False)."""
        return self.get(block=False)

    # -- storage (override in subclasses; called with the mutex held) -------

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_class_getitem)


class PriorityQueue(Queue):
    """Retrieves entries in priority order (lowest first), typically
    tuples of the form (priority_number, data)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue without task tracking.

    The semaphore counts items; an item is appended before the semaphore is
    released, so whoever acquires a count is guaranteed to find an item.
    """

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put an item.  Never blocks; block and timeout exist for
        compatibility with Queue.put."""
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item (see Queue.get)."""
        if not block:
            timeout = None      # ignored for non-blocking calls
        elif timeout is not None and timeout < 0:
            raise ValueError(_TIMEOUT_MSG)
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(_class_getitem)
