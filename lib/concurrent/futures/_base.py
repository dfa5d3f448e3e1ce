"""Futures, the Executor base class, wait() and as_completed() for pygil.

Written from the documented behaviour of CPython 3.11's concurrent.futures.

How waiting works: every Future keeps a list of `_Watcher` objects.  When
the future completes (result, exception, or a cancellation acknowledged by
its executor through set_running_or_notify_cancel()) it reports itself to
each watcher while holding its own condition.  wait() and as_completed()
install one watcher on all the futures they watch and then block on the
watcher's event.
"""

import sys
import threading
from time import monotonic as _monotonic

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                        # cancelled by the user
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # ...and seen by executor
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

# States in which result()/exception() no longer block.
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# States that wait()/as_completed() count as completed.
_COMPLETED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


# Since Python 3.11 this is the builtin TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""
    pass


def _report_exception(message):
    """Write *message* and the traceback of the exception being handled to
    sys.stderr (stands in for CPython's logging of these errors)."""
    stderr = sys.stderr
    if stderr is None:
        return
    stderr.write(message + "\n")
    printer = getattr(sys, '__excepthook__', None) or sys.excepthook
    printer(*sys.exc_info())
    if hasattr(stderr, 'flush'):
        stderr.flush()


def _generic_alias_type():
    try:
        return type(list[int])
    except Exception:
        return None


_GenericAlias = _generic_alias_type()


# ---------------------------------------------------------------------------
# Watchers used by wait() and as_completed()
# ---------------------------------------------------------------------------

class _Watcher:
    """Collects futures that complete while being watched.

    The event is set when the caller should wake up: on every completion
    for FIRST_COMPLETED and as_completed(), on the first failure for
    FIRST_EXCEPTION, and once nothing is pending for ALL_COMPLETED (and
    FIRST_EXCEPTION)."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.finished = []
        self.lock = threading.Lock()
        self.event = threading.Event()

    def _future_completed(self, future, failed):
        # Called by the future with its condition held.
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            mode = self.mode
            if (mode == FIRST_COMPLETED or mode == _AS_COMPLETED
                    or (mode == FIRST_EXCEPTION and failed)
                    or self.pending <= 0):
                self.event.set()

    def take(self):
        """(as_completed) Return and forget the futures collected so far."""
        with self.lock:
            finished = self.finished
            self.finished = []
            self.event.clear()
        return finished


class _LockedFutures:
    """Context manager holding the conditions of many futures at once.

    They are always acquired in order of id() so that two concurrent
    wait() calls over overlapping sets cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *exc_info):
        for future in self.futures:
            future._condition.release()


def _install_watcher(futures, watcher):
    for future in futures:
        future._waiters.append(watcher)


def _remove_watcher(futures, watcher):
    for future in futures:
        with future._condition:
            try:
                future._waiters.remove(watcher)
            except ValueError:
                pass


class DoneAndNotDoneFutures(tuple):
    """Result of wait(): a named 2-tuple of sets (done, not_done)."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0],
                                                                 self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in *fs* to complete.

    Returns DoneAndNotDoneFutures(done, not_done).  return_when is one of
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED; timeout limits the
    wait (None: no limit).  Duplicate futures are counted once."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % (return_when,))
    fs = set(fs)
    with _LockedFutures(fs):
        done = set(f for f in fs if f._state in _COMPLETED_STATES)
        not_done = fs - done
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        watcher = _Watcher(return_when, len(not_done))
        _install_watcher(not_done, watcher)

    try:
        watcher.event.wait(timeout)
    finally:
        _remove_watcher(not_done, watcher)
    with watcher.lock:
        done.update(watcher.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Iterate over the futures in *fs* as they complete (finished or
    cancelled-and-notified).  Futures already complete come first.

    Raises TimeoutError from __next__ if *timeout* seconds (counted from the
    call to as_completed) pass before all futures complete.  Duplicate
    futures are yielded once."""
    # The deadline and the set of futures are fixed at call time; the
    # watcher is only installed once iteration starts, so an iterator that
    # is never used leaves nothing behind on the futures.
    deadline = None
    if timeout is not None:
        deadline = _monotonic() + timeout
    return _as_completed_iter(set(fs), deadline)


def _as_completed_iter(fs, deadline):
    total = len(fs)
    with _LockedFutures(fs):
        ready = [f for f in fs if f._state in _COMPLETED_STATES]
        pending = fs - set(ready)
        watcher = _Watcher(_AS_COMPLETED, len(pending))
        _install_watcher(pending, watcher)
    watched = list(pending)
    fs = None
    try:
        while ready:
            yield ready.pop(0)
        while pending:
            if deadline is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - _monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            watcher.event.wait(wait_timeout)
            for f in watcher.take():
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _remove_watcher(watched, watcher)


# ---------------------------------------------------------------------------
# Future
# ---------------------------------------------------------------------------

class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future.  Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_exception('exception calling callback for %r'
                                  % (self,))

    def __repr__(self):
        with self._condition:
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), description,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), description,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__,
                                             id(self), description)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise.  A future
        cannot be cancelled once it is running or done."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        return self._state in _DONE_STATES

    def _is_done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        # With the condition held and the future done.
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Break the cycle frame -> self -> exception -> traceback.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Attach a callable to be called with the future as its only
        argument when the future is cancelled or finishes.  If the future is
        already done, fn is called immediately (in this thread).  Exceptions
        raised by fn (subclasses of Exception) are reported and ignored."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_exception('exception calling callback for %r' % (self,))

    def result(self, timeout=None):
        """Return the call's result, waiting at most *timeout* seconds.

        Raises CancelledError if cancelled, TimeoutError on timeout, or the
        exception raised by the call."""
        try:
            with self._condition:
                if not self._condition.wait_for(self._is_done, timeout):
                    raise TimeoutError()
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it succeeded),
        waiting at most *timeout* seconds.

        Raises CancelledError if cancelled, TimeoutError on timeout."""
        with self._condition:
            if not self._condition.wait_for(self._is_done, timeout):
                raise TimeoutError()
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            return self._exception

    # -- methods for executors and tests ------------------------------------

    def set_running_or_notify_cancel(self):
        """Mark the future running, or acknowledge its cancellation.

        Returns False if the future was cancelled (then wait() and
        as_completed() watchers are told), True if it is now running.
        Raises RuntimeError if the future is already running or done."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watcher in self._waiters:
                    watcher._future_completed(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the result (executors and unit tests only)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for watcher in self._waiters:
                watcher._future_completed(self, False)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the exception (executors and unit tests only)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for watcher in self._waiters:
                watcher._future_completed(self, True)
            self._condition.notify_all()
        self._invoke_callbacks()

    @classmethod
    def __class_getitem__(cls, item):
        if _GenericAlias is None:
            raise NotImplementedError(
                "Future[...] generic aliases are not supported by pygil yet")
        return _GenericAlias(cls, item)


# ---------------------------------------------------------------------------
# Executor
# ---------------------------------------------------------------------------

def _result_or_cancel(future, timeout=None):
    # Used by Executor.map: if waiting fails (timeout, interrupt) the
    # future is cancelled; on a completed future cancel() is a no-op.
    try:
        return future.result(timeout)
    finally:
        future.cancel()
        future = None


class Executor:
    """Abstract base class for executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run asynchronously.

        All calls are submitted immediately (the iterables are consumed
        eagerly).  The returned iterator yields results in order; it raises
        TimeoutError if a result is not available *timeout* seconds after
        map() was called, and re-raises a call's exception when that result
        is reached.  chunksize is ignored by thread pools."""
        if timeout is not None:
            deadline = _monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # Consume from the end of a reversed list so each future is
                # dropped as soon as its result is yielded.
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(),
                                                deadline - _monotonic())
            finally:
                for future in futures:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; see subclasses."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
