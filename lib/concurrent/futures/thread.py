"""ThreadPoolExecutor for pygil (documented behaviour of CPython 3.11).

Structure: an executor owns a SimpleQueue of work items and up to
max_workers worker threads, created lazily by submit() when no worker is
idle.  A worker loops taking items from the queue; a None item is a wake-up
that makes it check whether the pool (or the interpreter) is shutting down,
in which case it puts the None back for the next worker and exits.

Workers only reference a small shared `_PoolState` (not the executor): with
no weak references available, that keeps an executor object collectable.
An executor that is dropped without shutdown() keeps its idle workers until
interpreter exit, when _python_exit() (registered with
threading._register_atexit) stops every worker after it has drained its
queue.
"""

import itertools
import os
import queue
import threading

from . import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']

# Work queues of live worker threads: Thread -> queue.  Workers remove
# themselves on exit.
_threads_queues = {}
_threads_queues_lock = threading.Lock()
_shutdown = False   # set at interpreter exit
# Held while submitting, so no work can sneak in once _shutdown is set.
_global_shutdown_lock = threading.Lock()
_pool_counter = itertools.count().__next__


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    with _threads_queues_lock:
        items = list(_threads_queues.items())
    for _, work_queue in items:
        work_queue.put(None)
    for thread, _ in items:
        thread.join()


# Run before threading._shutdown() joins the (non-daemon) workers.
threading._register_atexit(_python_exit)

# A fork in the middle of a submit() must not leave the lock held in the
# child.
if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)
    os.register_at_fork(after_in_child=_threads_queues_lock._at_fork_reinit)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> frame -> self.
            self = None
        else:
            self.future.set_result(result)


class _PoolState:
    """What the workers of one executor share with it."""

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        # Counts workers that are idle (waiting on the queue).
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False      # or the reason, a string

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # Fail every queued work item.
            while True:
                try:
                    item = self.work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None and \
                        item.future.set_running_or_notify_cancel():
                    item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(state, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._report_exception('Exception in initializer:')
                state.initializer_failed()
                return
        work_queue = state.work_queue
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                # Don't keep the item (and its result) alive while idle.
                item = None
                state.idle_semaphore.release()
                continue
            # A wake-up: exit if the pool or the interpreter is shutting
            # down, passing the wake-up on to the next worker.
            if _shutdown or state.shutdown:
                state.shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base._report_exception('Exception in worker')
    finally:
        with _threads_queues_lock:
            _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create an executor running calls in at most *max_workers*
        threads (default: min(32, os.cpu_count() + 4)).

        Worker threads are named "<thread_name_prefix>_<n>", the default
        prefix being "ThreadPoolExecutor-<k>".  initializer(*initargs) runs
        at the start of each worker; if it fails the pool becomes broken."""
        if max_workers is None:
            # At least 5 and at most 32 workers: I/O-bound work benefits
            # from more threads than cores.
            cpu_count = getattr(os, 'cpu_count', None)
            max_workers = min(32, ((cpu_count() if cpu_count else None)
                                   or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._state = _PoolState()
        self._work_queue = self._state.work_queue
        self._idle_semaphore = self._state.idle_semaphore
        self._shutdown_lock = self._state.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d"
                                     % _pool_counter()))
        self._initializer = initializer
        self._initargs = initargs

    @property
    def _shutdown(self):
        return self._state.shutdown

    @property
    def _broken(self):
        return self._state.broken

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._state.broken:
                raise BrokenThreadPool(self._state.broken)
            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            thread = threading.Thread(name=thread_name, target=_worker,
                                      args=(self._state, self._initializer,
                                            self._initargs))
            with _threads_queues_lock:
                _threads_queues[thread] = self._work_queue
            try:
                thread.start()
            except BaseException:
                with _threads_queues_lock:
                    _threads_queues.pop(thread, None)
                raise
            self._threads.add(thread)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; with wait=True, return once all pending
        work is done and the workers have exited.  cancel_futures=True
        cancels the work items that have not started yet."""
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
                        # No worker will ever see this item, so acknowledge
                        # the cancellation here: wait()/as_completed() on it
                        # return instead of hanging.
                        item.future.set_running_or_notify_cancel()
            # Wake up a worker; each one passes the wake-up on as it exits.
            self._work_queue.put(None)
        if wait:
            for thread in list(self._threads):
                thread.join()
