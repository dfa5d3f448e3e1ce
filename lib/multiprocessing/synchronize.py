"""Lock, RLock, Semaphore, BoundedSemaphore, Condition and Event that work
across processes forked from the one that created them.

pygil has no POSIX semaphores, so every primitive is built on pipes, which
a forked child shares with its parent:

* A *token pipe* holds one byte per unit of a semaphore's value.  Both ends
  are non-blocking.  acquire() reads one byte: if one is there it is
  ours (a read of one byte is atomic, so two processes can never get the
  same token); if the pipe is empty it poll()s the read end until it is
  readable (the GIL is released meanwhile) and tries again, giving up at
  the timeout.  release() writes one byte, waking the waiters.
* Semaphore(value) is one token pipe starting with `value` bytes.  Its
  value is bounded by the pipe's capacity (64 KiB on Linux): a larger
  initial value raises ValueError, a release() beyond it OverflowError.
  get_value() raises NotImplementedError (a pipe cannot be inspected
  without taking its bytes), as CPython does on macOS.
* BoundedSemaphore(value) adds a second token pipe of *free slots*
  (value - current value).  acquire() takes a token then adds a slot;
  release() takes a slot, failing with ValueError("semaphore or lock
  released too many times") when there is none, then adds a token.
  Lock is BoundedSemaphore(1), so releasing an unlocked Lock raises
  ValueError, and a Lock may be released by another thread or process
  (as CPython's on Linux).
* RLock is a Lock plus the owner (thread) and recursion count, kept in the
  owning process's memory only: nobody else needs them.
* Condition is CPython's algorithm on three counting semaphores (sleepers,
  woken, and the one waiters sleep on); notify(n) releases the wait
  semaphore once per sleeper it wakes and waits until each has woken.
* Event is a token pipe holding at most one byte: set means "the pipe is
  readable".  wait() polls it without reading, so every waiter sees the
  byte; set()/clear() write/drain it under a Lock.

Who owns a lock (for RLock, for Condition's checks and for repr) is
recorded with this process's fork generation (multiprocessing.util), so a
forked child never believes it holds a lock its parent held.

Barrier is threading.Barrier's algorithm on a Condition of this module,
with its state in shared memory (sharedctypes).

A process that dies while holding a lock leaves it locked, as in CPython.
These objects are shared
by inheritance; pickling one raises RuntimeError, as CPython does outside
process creation.
"""

import os
import select
import threading
import time

from . import util
from .process import current_process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Event', 'Barrier']


def _poll_readable(fd, timeout):
    """Wait until fd is readable or timeout seconds (None: forever)."""
    p = select.poll()
    p.register(fd, select.POLLIN)
    if timeout is None:
        return bool(p.poll())
    return bool(p.poll(max(0.0, timeout) * 1000))


class _TokenPipe:
    """A pipe used as a counter: each byte in it is one token."""

    def __init__(self, initial):
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)
        self._gen = util.fork_generation()
        written = 0
        try:
            while written < initial:
                written += os.write(self._w, b'\0' * min(initial - written, 4096))
        except BlockingIOError:
            self.close()
            raise ValueError("semaphore value %d is more than a pipe holds (%d): "
                             "pygil's semaphores are pipes" % (initial, written)) from None

    def try_take(self):
        try:
            return os.read(self._r, 1) != b''
        except BlockingIOError:
            return False

    def take(self, block=True, timeout=None):
        if self.try_take():
            return True
        if not block:
            return False
        if timeout is None:
            while True:
                _poll_readable(self._r, None)
                if self.try_take():
                    return True
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if _poll_readable(self._r, remaining) and self.try_take():
                return True

    def put(self):
        try:
            os.write(self._w, b'\0')
        except BlockingIOError:
            raise OverflowError("semaphore value is more than a pipe holds") from None

    def has_tokens(self):
        return _poll_readable(self._r, 0)

    def wait_tokens(self, timeout):
        return _poll_readable(self._r, timeout)

    def drain(self):
        while self.try_take():
            pass

    def close(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._r = self._w = -1

    def __del__(self):
        # Only the creating process closes: the pipe is shared with
        # children, whose copies of this object may die first.
        if getattr(self, '_gen', None) == util.fork_generation() and self._r >= 0:
            self.close()


def _not_picklable(obj):
    raise RuntimeError('%s objects should only be shared between processes '
                       'through inheritance' % type(obj).__name__)


class SemLock:
    """A counting semaphore on token pipes (see the module docstring);
    maxvalue None means unbounded."""

    def __init__(self, value, maxvalue):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._tokens = _TokenPipe(value)
        self._slots = None if maxvalue is None else _TokenPipe(maxvalue - value)
        # This process's record of who holds the lock: (generation,
        # thread ident) and how many times that thread acquired it.
        self._owner = None
        self._count = 0

    def _me(self):
        return (util.fork_generation(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if not self._tokens.take(block, timeout):
            return False
        if self._slots is not None:
            self._slots.put()
        me = self._me()
        if self._owner == me:
            self._count += 1
        else:
            self._owner, self._count = me, 1
        return True

    def release(self):
        if self._slots is not None and not self._slots.try_take():
            raise ValueError("semaphore or lock released too many times")
        if self._owner == self._me():
            self._count -= 1
            if self._count <= 0:
                self._owner, self._count = None, 0
        self._tokens.put()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _is_mine(self):
        return self._count > 0 and self._owner == self._me()

    def _is_zero(self):
        return not self._tokens.has_tokens()

    def _recursion_count(self):
        return self._count if self._is_mine() else 0

    def _close(self):
        """Close this process's descriptors (it will not use the lock
        again; other processes keep theirs)."""
        self._tokens.close()
        if self._slots is not None:
            self._slots.close()

    def get_value(self):
        raise NotImplementedError(
            "%s.get_value() is not supported by pygil (its semaphores are pipes)"
            % type(self).__name__)

    def __reduce__(self):
        _not_picklable(self)


class Semaphore(SemLock):
    def __init__(self, value=1):
        SemLock.__init__(self, value, None)

    def __repr__(self):
        return '<%s(value=unknown)>' % type(self).__name__


class BoundedSemaphore(SemLock):
    def __init__(self, value=1):
        SemLock.__init__(self, value, value)
        self._maxvalue = value

    def __repr__(self):
        return '<%s(value=unknown, maxvalue=%s)>' % (type(self).__name__, self._maxvalue)


def _owner_name(lock):
    if lock._is_mine():
        name = current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        return name
    if not lock._is_zero():
        return 'None'
    if lock._owner is not None and lock._owner[0] == util.fork_generation():
        return 'SomeOtherThread'
    return 'SomeOtherProcess'


class Lock(SemLock):
    """A non-recursive lock shared by processes (a BoundedSemaphore(1))."""

    def __init__(self):
        SemLock.__init__(self, 1, 1)

    def __repr__(self):
        return '<%s(owner=%s)>' % (type(self).__name__, _owner_name(self))


class RLock(SemLock):
    """A recursive lock: the thread holding it may acquire it again and
    must release it as many times."""

    def __init__(self):
        SemLock.__init__(self, 1, 1)

    def acquire(self, block=True, timeout=None):
        if self._is_mine():
            self._count += 1
            return True
        return SemLock.acquire(self, block, timeout)

    def release(self):
        if not self._is_mine():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        if self._count > 1:
            self._count -= 1
            return
        SemLock.release(self)

    def __repr__(self):
        name = _owner_name(self)
        count = self._count if self._is_mine() else (0 if name == 'None' else 'unknown')
        return '<%s(%s, %s)>' % (type(self).__name__, name, count)


class Condition:
    """A condition variable shared by processes (CPython's algorithm on
    three counting semaphores)."""

    def __init__(self, lock=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __reduce__(self):
        _not_picklable(self)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<%s(%r)>' % (type(self).__name__, self._lock)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        # Release the lock completely (an RLock may be held recursively)...
        count = self._lock._recursion_count()
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            # ...and take it back as many times once woken or timed out.
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Waiters that timed out released woken_count without being woken
        # by a notify: take those off the sleepers first.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: bug in sleeping_count'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            # Wait for each woken waiter to acknowledge (or time out)...
            for _ in range(sleepers):
                self._woken_count.acquire()
            # ...and take back the tokens of the ones that timed out.
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=1 << 62)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """An event flag shared by processes: a pipe that holds one byte while
    the flag is set."""

    def __init__(self):
        self._lock = Lock()
        self._flag = _TokenPipe(0)

    def __reduce__(self):
        _not_picklable(self)

    def is_set(self):
        return self._flag.has_tokens()

    def set(self):
        with self._lock:
            if not self._flag.has_tokens():
                self._flag.put()

    def clear(self):
        with self._lock:
            self._flag.drain()

    def wait(self, timeout=None):
        return self._flag.wait_tokens(timeout)

    def __repr__(self):
        return '<%s(%s)>' % (type(self).__name__, 'set' if self.is_set() else 'unset')


class Barrier(threading.Barrier):
    """threading.Barrier's algorithm with a shared Condition and its state
    and count in shared memory (sharedctypes.RawArray)."""

    def __init__(self, parties, action=None, timeout=None):
        from .sharedctypes import RawArray
        shared = RawArray('i', 2)
        self.__setstate__((parties, action, timeout, Condition(Lock()), shared))
        self._state = 0
        self._count = 0

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array) = state

    def __reduce__(self):
        _not_picklable(self)

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value
