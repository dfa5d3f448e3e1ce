"""Thread-based parallelism for pygil.

A pure-Python implementation of the documented behaviour of CPython 3.11's
``threading`` module, written for pygil on top of its native ``_thread``
module.  The module also runs unchanged under CPython (which is how its
tests are run).

Design overview
---------------
* Every ``Thread`` owns an *end lock* (``_end_lock``).  ``start()`` acquires
  it before the OS thread exists and the thread's bootstrap releases it as
  the very last thing it does.  ``join()`` is "acquire the end lock (with the
  timeout), then release it again", so any number of threads may join the
  same thread, and a thread that died with an exception is still joinable.
* ``start()`` waits until the new thread has registered itself (so that
  ``ident``/``native_id`` are valid as soon as ``start()`` returns).
* The registry of live threads is ``_active`` (ident -> Thread) plus
  ``_limbo`` (threads whose ``start()`` is in progress).  ``_non_daemon``
  holds every started, unfinished, non-daemon thread; ``_shutdown()`` joins
  them.
* ``Condition`` is built from a list of per-waiter locks: a waiter parks on a
  fresh lock that it holds, and ``notify`` releases that lock.

Only ``sys``, ``time``, ``os``, ``itertools`` and ``_thread`` are used.
"""

import sys as _sys
import os as _os
import _thread

from time import monotonic as _monotonic
from itertools import count as _itercount

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
    'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
]

# ---------------------------------------------------------------------------
# Re-exports from _thread
# ---------------------------------------------------------------------------

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

# threading.Lock is the raw lock factory itself.
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (owned by the thread that acquires it)."""
    return _thread.RLock(*args, **kwargs)


def _tell_tracer(name):
    """Tell pygil's GIL tracer the Python name of the *current* OS thread.

    Silently does nothing on interpreters whose _thread lacks the hook (e.g.
    CPython, where these modules are tested)."""
    setter = getattr(_thread, "_set_thread_name", None)
    if setter is not None:
        setter(name)


def _acquire_timed(lock, timeout):
    """Acquire *lock*, waiting at most *timeout* seconds (None = forever).

    A timeout <= 0 means "try once without blocking"; a timeout larger than
    TIMEOUT_MAX is treated as "forever" rather than raising OverflowError
    (nobody can observe the difference)."""
    if timeout is None:
        return lock.acquire()
    if timeout <= 0:
        return lock.acquire(False)
    if timeout >= TIMEOUT_MAX:
        return lock.acquire()
    return lock.acquire(True, timeout)


# ---------------------------------------------------------------------------
# Trace / profile hooks installed into newly started threads
# ---------------------------------------------------------------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the trace function set by settrace() (or None)."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the profile function set by setprofile() (or None)."""
    return _profile_hook


# ---------------------------------------------------------------------------
# Condition
# ---------------------------------------------------------------------------

class Condition:
    """A condition variable bound to a lock (a new RLock by default).

    Each waiting thread parks on its own freshly allocated lock, which it
    holds; notify() wakes waiters in FIFO order by releasing those locks.
    The waiter list is only mutated while the condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Make the condition usable exactly like its lock.
        self.acquire = lock.acquire
        self.release = lock.release
        # RLocks know how to fully release / restore their recursion level;
        # for a plain lock we release once and acquire once.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks, used when the lock does not provide its own versions.
    def _release_save(self):
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" means "currently held by
        # someone".  Probe it without blocking.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait for a notification or the timeout, re-take
        the lock.  Returns False only if the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            notified = _acquire_timed(waiter, timeout)
        finally:
            self._acquire_restore(state)
            if not notified:
                # Timed out (or interrupted).  If notify() already popped our
                # waiter it has spent one of its "n" wake-ups on us; report
                # success instead of losing that notification.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return the
        last value of predicate()."""
        deadline = None
        if timeout is not None:
            deadline = _monotonic() + timeout
        result = predicate()
        while not result:
            if deadline is None:
                self.wait()
            else:
                remaining = deadline - _monotonic()
                if remaining <= 0:
                    break
                self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters.pop(0)
            waiter.release()
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    # Deprecated camelCase alias (kept for compatibility).
    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores
# ---------------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements (blocking at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            id(self), self._value)

    def _has_value(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._has_value, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Event
# ---------------------------------------------------------------------------

class Event:
    """A boolean flag that threads can wait to become true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            id(self), "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    isSet = is_set  # deprecated alias

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; return the
        flag (so False means "timed out")."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---------------------------------------------------------------------------
# Barrier
# ---------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING = 0      # threads are arriving
_DRAINING = 1     # the barrier tripped; waiters are leaving
_RESETTING = -1   # reset() while threads were waiting; they leave broken
_BROKEN = -2      # abort() / timeout / failed action


class Barrier:
    """A barrier for a fixed number of parties.

    Each wait() blocks until `parties` threads are waiting, then all are
    released together; wait() returns a distinct index in range(parties).
    A barrier can be reused any number of times.
    """

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0   # threads currently inside wait()

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %#x: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__,
                id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self.n_waiting, self.parties)

    def _not_settling(self):
        return self._state not in (_DRAINING, _RESETTING)

    def _not_filling(self):
        return self._state != _FILLING

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads arriving while the previous round is still leaving
            # (or being reset) must wait for it to finish.
            self._cond.wait_for(self._not_settling)
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # Called by the last arriving thread, with the lock held.
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(self._not_filling, timeout):
            # Timed out: the barrier is broken for everybody.
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a tripped/reset barrier re-opens it.
        if self._count == 0 and self._state in (_DRAINING, _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state.  Threads currently
        waiting get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    # Waiters (or broken leavers) still inside: they leave
                    # with BrokenBarrierError and the last one re-opens.
                    self._state = _RESETTING
                # _DRAINING / _RESETTING: the last leaver re-opens anyway.
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry
# ---------------------------------------------------------------------------

_registry_lock = _allocate_lock()
_active = {}        # ident -> Thread, for running (and dummy/main) threads
_limbo = {}         # id(thread) -> Thread, while start() is in progress
_non_daemon = {}    # id(thread) -> Thread, started non-daemon threads alive
# Names kept compatible with CPython's module, so that code (and tests)
# patching them keep working.
_counter = _itercount(1).__next__
_start_new_thread = _thread.start_new_thread

_atexit_lock = _allocate_lock()
_atexit_callbacks = []
_SHUTTING_DOWN = False


def _newname(template="Thread-%d"):
    return template % _counter()


# ---------------------------------------------------------------------------
# excepthook
# ---------------------------------------------------------------------------

class ExceptHookArgs:
    """Arguments of threading.excepthook(): exc_type, exc_value,
    exc_traceback, thread.  Like CPython's struct sequence it is built from a
    4-item sequence and can be indexed and unpacked."""

    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, seq):
        items = tuple(seq)
        if len(items) != 4:
            raise TypeError("ExceptHookArgs takes a 4-sequence (%d-sequence "
                            "given)" % len(items))
        (self.exc_type, self.exc_value, self.exc_traceback,
         self.thread) = items

    def _astuple(self):
        return (self.exc_type, self.exc_value, self.exc_traceback,
                self.thread)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._astuple()[index]

    def __iter__(self):
        return iter(self._astuple())

    def __repr__(self):
        return ("threading.ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % self._astuple())


def _print_traceback(exc_type, exc_value, exc_tb):
    """Print a traceback to sys.stderr using the interpreter's own printer.

    sys.__excepthook__ (the original hook) is preferred so that a user's
    replacement of sys.excepthook does not change threading's output."""
    printer = getattr(_sys, '__excepthook__', None)
    if printer is None:
        printer = _sys.excepthook
    printer(exc_type, exc_value, exc_tb)


def excepthook(args):
    """Default handler for exceptions escaping Thread.run().

    SystemExit is ignored silently; anything else is reported on
    sys.stderr as "Exception in thread NAME:" followed by the traceback."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    if thread is not None:
        name = thread.name
    else:
        name = get_ident()
    stderr = _sys.stderr
    if stderr is not None:
        stderr.write("Exception in thread %s:\n" % (name,))
        if hasattr(stderr, 'flush'):
            stderr.flush()
        _print_traceback(args.exc_type, args.exc_value, args.exc_traceback)
        stderr = _sys.stderr
        if stderr is not None and hasattr(stderr, 'flush'):
            stderr.flush()
        return
    # sys.stderr is gone (e.g. set to None): fall back to the stream that
    # was current when the thread was created.  The interpreter's traceback
    # printer only writes to sys.stderr, so only a one-line summary can be
    # written here.
    stream = getattr(thread, '_stderr', None) if thread is not None else None
    if stream is None:
        return
    stream.write("Exception in thread %s:\n%s: %s\n"
                 % (name, getattr(args.exc_type, '__name__', args.exc_type),
                    args.exc_value))
    if hasattr(stream, 'flush'):
        stream.flush()


# The original hook, so that it can be restored.
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Report the exception currently being handled in *thread*."""
    exc_type, exc_value, exc_tb = _sys.exc_info()
    args = ExceptHookArgs((exc_type, exc_value, exc_tb, thread))
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(args)
    except BaseException as hook_exc:
        # The hook itself failed: report *that* through sys.excepthook.
        hook_exc.__suppress_context__ = True
        del hook_exc
        stream = _sys.stderr
        if stream is None:
            stream = getattr(thread, '_stderr', None)
        if stream is not None:
            stream.write("Exception in threading.excepthook:\n")
            if hasattr(stream, 'flush'):
                stream.flush()
        sys_hook = getattr(_sys, 'excepthook', None)
        if sys_hook is not None:
            sys_hook(*_sys.exc_info())
    finally:
        # Break reference cycles through the traceback.
        args = exc_type = exc_value = exc_tb = None


# ---------------------------------------------------------------------------
# Thread
# ---------------------------------------------------------------------------

class Thread:
    """A thread of control.

    Either pass a callable as *target* or override run() in a subclass.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()          # set once the thread is registered
        self._start_requested = False    # guards against double start()
        self._is_stopped = False
        # Held from start() until the thread has completely finished.
        self._end_lock = _allocate_lock()
        # Kept for excepthook in case sys.stderr is gone by then.
        self._stderr = _sys.stderr
        self._initialized = True

    def _reinit_after_fork(self, alive):
        # Called in a forked child: the locks may have been held by threads
        # that no longer exist.
        self._started._at_fork_reinit()
        self._end_lock = _allocate_lock()
        if alive:
            self._started._flag = True
            self._end_lock.acquire()
            self._ident = get_ident()
            self._native_id = get_native_id()
        else:
            self._is_stopped = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() was not called")
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    # -- starting -----------------------------------------------------------

    def start(self):
        """Start the thread's activity; run() is invoked in a new thread.

        May be called at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        with _registry_lock:
            if self._start_requested:
                raise RuntimeError("threads can only be started once")
            self._start_requested = True
            # Hold the end lock for the thread's whole life; join() and
            # _shutdown() wait on it.  Taken before the thread becomes
            # visible in the registry, and never contended here.
            self._end_lock.acquire()
            _limbo[id(self)] = self
            if not self._daemonic:
                _non_daemon[id(self)] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _registry_lock:
                _limbo.pop(id(self), None)
                _non_daemon.pop(id(self), None)
                self._start_requested = False
            self._end_lock.release()
            raise
        # Wait until the new thread is registered, so ident is valid.
        self._started.wait()

    def _bootstrap(self):
        # Entry point of the new OS thread.  Everything that can go wrong is
        # handled here: the native side must never see an exception.
        try:
            try:
                self._ident = get_ident()
                self._native_id = get_native_id()
                _tell_tracer(self._name)
                with _registry_lock:
                    _active[self._ident] = self
                    _limbo.pop(id(self), None)
            finally:
                # Even if registration failed, start() must not hang.
                self._started.set()

            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)

            try:
                self.run()
            except BaseException:
                # Including SystemExit: the default hook ignores it, but a
                # user hook gets to see it, as in CPython.
                _invoke_excepthook(self)
        except BaseException:
            # Failure inside the bootstrap itself (or in the hook's fallback).
            # Report it as best we can; never propagate.
            try:
                _print_traceback(*_sys.exc_info())
            except BaseException:
                pass
        finally:
            self._finish()

    def _finish(self):
        with _registry_lock:
            self._is_stopped = True
            if self._ident is not None and _active.get(self._ident) is self:
                del _active[self._ident]
            _limbo.pop(id(self), None)
            _non_daemon.pop(id(self), None)
        # Last step: wake up joiners.  (After a fork the lock may already
        # have been released by _shutdown(); ignore that.)
        try:
            self._end_lock.release()
        except RuntimeError:
            pass

    def run(self):
        """The thread's activity.  The default calls the target."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Don't keep the target and its arguments alive after the run.
            self._target = None
            self._args = ()
            self._kwargs = {}

    # -- joining ------------------------------------------------------------

    def join(self, timeout=None):
        """Wait until the thread terminates, at most *timeout* seconds.

        Returns None in all cases; use is_alive() to tell whether the
        timeout expired."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._end_lock
        if timeout is not None and timeout < 0:
            timeout = 0
        if _acquire_timed(lock, timeout):
            lock.release()

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._started.is_set() and not self._is_stopped

    # -- attributes ---------------------------------------------------------

    @property
    def name(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._name

    @name.setter
    def name(self, name):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        self._name = str(name)
        # The tracer hook names the *current* OS thread, so it can only be
        # told when a running thread renames itself.
        if self._ident is not None and self._ident == get_ident() \
                and not self._is_stopped:
            _tell_tracer(self._name)

    @property
    def ident(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._ident

    @property
    def native_id(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._native_id

    @property
    def daemon(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set() or self._start_requested:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated getter/setter aliases.
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    """The thread that imported threading (the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started._flag = True
        self._start_requested = True
        # Released by _shutdown() so that other threads can join us.
        self._end_lock.acquire()
        with _registry_lock:
            _active[self._ident] = self
        _tell_tracer(self._name)


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. one created
    directly with _thread.start_new_thread).  It is always alive, is a
    daemon, and cannot be joined.

    Without weak references or native support there is no way to learn when
    such a thread ends, so (as in CPython 3.11) its entry stays in the
    registry forever."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started._flag = True
        self._start_requested = True
        self._end_lock.acquire()
        with _registry_lock:
            _active[self._ident] = self
        _tell_tracer(self._name)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ---------------------------------------------------------------------------
# Module-level functions
# ---------------------------------------------------------------------------

def current_thread():
    """Return the Thread object of the caller's thread of control.

    A thread not started through this module gets a _DummyThread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    """Return the main Thread object."""
    return _main_thread


def active_count():
    """Number of Thread objects currently alive (== len(enumerate()))."""
    with _registry_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """List of all Thread objects currently alive, including daemonic ones,
    dummy thread objects and the main thread; not-yet-started and finished
    threads are excluded."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    """Register *func* to be called by _shutdown() before it joins the
    non-daemon threads (used by concurrent.futures).  Called in reverse
    order of registration."""
    with _atexit_lock:
        if _SHUTTING_DOWN:
            raise RuntimeError("can't register atexit after shutdown")
        _atexit_callbacks.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter at exit (from the main thread): run the
    _register_atexit callbacks, then wait for all non-daemon threads."""
    global _SHUTTING_DOWN
    main = _main_thread
    if main._is_stopped:
        return  # already done
    with _atexit_lock:
        _SHUTTING_DOWN = True
        callbacks = list(_atexit_callbacks)
        del _atexit_callbacks[:]
    for func, args, kwargs in reversed(callbacks):
        func(*args, **kwargs)

    # The main thread is finished as far as Python code is concerned:
    # threads joining it may proceed.
    with _registry_lock:
        main._is_stopped = True
    try:
        main._end_lock.release()
    except RuntimeError:
        pass

    me = get_ident()
    while True:
        with _registry_lock:
            pending = [t for t in _non_daemon.values() if t._ident != me]
        if not pending:
            break
        for t in pending:
            # Equivalent to t.join(), minus the checks.
            t._end_lock.acquire()
            t._end_lock.release()


def _after_fork():
    """Run in the child process after os.fork(): only the forking thread
    survives.  It becomes the main thread, and every internal lock is
    re-created (another thread may have held it at the time of the fork)."""
    global _registry_lock, _atexit_lock, _main_thread, _active, _limbo
    global _non_daemon
    _registry_lock = _allocate_lock()
    _atexit_lock = _allocate_lock()
    me = get_ident()
    current = _active.get(me)
    if current is None:
        # The forking thread is not registered (its ident may differ in the
        # child): give the child a fresh main thread object.
        current = _MainThread()
    survivors = {}
    for thread in list(_active.values()) + list(_limbo.values()):
        if thread is current:
            thread._reinit_after_fork(alive=True)
            survivors[thread._ident] = thread
        else:
            thread._reinit_after_fork(alive=False)
    _active = survivors
    _limbo = {}
    # The surviving thread is now the main thread; _shutdown() must not
    # wait for it.
    _non_daemon = {}
    _main_thread = current


# ---------------------------------------------------------------------------
# Timer
# ---------------------------------------------------------------------------

class Timer(Thread):
    """Call a function after a number of seconds, unless cancel()ed:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Thread-local data: native (modules/thread_local.rs), as CPython's C local.
# ---------------------------------------------------------------------------

local = _thread._local


# ---------------------------------------------------------------------------
# Module initialisation
# ---------------------------------------------------------------------------

_main_thread = _MainThread()

if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)
