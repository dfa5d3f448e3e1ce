"""ProcessPoolExecutor for pygil (documented behaviour of CPython 3.11),
on multiprocessing's fork start method.

Structure.  The first submit() forks max_workers worker processes and
starts a *manager thread* in the parent.  submit() records a work item
(future, fn, args, kwargs) under a work id and wakes the manager through a
pipe.  The manager:

  * moves work ids into the *call queue* (a multiprocessing.Queue, whose
    feeder thread writes to the pipe, so the manager never blocks on it),
    keeping at most max_workers + 1 calls queued; a future is marked
    running when its call is queued (or dropped if it was cancelled);
  * waits on the *result queue* (a SimpleQueue the workers write to), its
    wake-up pipe and every worker's sentinel at once
    (multiprocessing.connection.wait); a result completes its future;
  * treats a worker that exits without being asked to as a broken pool:
    every pending future gets BrokenProcessPool, the other workers are
    terminated and submit() raises BrokenProcessPool from then on;
  * once shutdown() was called and no work is pending, sends each worker
    None (exit), joins them and ends.

Calls travel as tuples (work_id, fn, args, kwargs) and results as
(work_id, exception, result, exit_pid), pickled.  An exception raised by a
call is re-raised by future.result() with the worker's traceback text as
its __cause__ (_RemoteTraceback).  map() sends `chunksize` calls per work
item (_process_chunk) and flattens the results.

max_tasks_per_child: a worker exits after that many calls, reporting its
pid with the last result, and the manager forks a replacement.  CPython
3.11 refuses this option with the fork start method (forking a process
that runs threads can deadlock in CPython, gh-90622) and uses spawn when
mp_context is None; pygil has only fork, whose child re-creates its
interpreter state (the GIL, threading's locks) safely, so it allows it.

At interpreter exit (threading._register_atexit) every executor is shut
down as by shutdown(wait=True).
"""

import itertools
import os
import queue
import threading
import time
import traceback

from . import _base
import multiprocessing as mp
from multiprocessing import connection as mp_connection
from multiprocessing.queues import Queue as _MpQueue, SimpleQueue as _MpSimpleQueue

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

# Calls queued beyond one per worker, so a worker that finishes finds its
# next call already in the pipe.
EXTRA_QUEUED_CALLS = 1

_global_shutdown = False
_managers = {}                  # manager thread -> its wake-up pipe
_managers_lock = threading.Lock()


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    with _managers_lock:
        items = list(_managers.items())
    for _, wakeup in items:
        wakeup.wakeup()
    for thread, _ in items:
        thread.join()


threading._register_atexit(_python_exit)


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a process pool terminated abruptly, or
    could not be started."""


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """Pickles as the exception, with the worker's formatted traceback as
    its __cause__ on the other side."""

    def __init__(self, exc, tb):
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _ThreadWakeup:
    """A pipe whose read end is readable while a wake-up is pending."""

    def __init__(self):
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)
        self._closed = False

    def fileno(self):
        return self._r

    def wakeup(self):
        if not self._closed:
            try:
                os.write(self._w, b'\0')
            except (BlockingIOError, OSError):
                pass

    def clear(self):
        if not self._closed:
            try:
                while os.read(self._r, 4096):
                    pass
            except (BlockingIOError, OSError):
                pass

    def close(self):
        if not self._closed:
            self._closed = True
            os.close(self._r)
            os.close(self._w)


class _CallQueue(_MpQueue):
    """The call queue: a call that cannot be pickled fails its future
    (through the manager thread) instead of being lost."""

    def __init__(self, executor_failures, wakeup):
        super().__init__()
        self._failures = executor_failures
        self._wakeup_pipe = wakeup

    def _on_queue_feeder_error(self, e, obj):
        if isinstance(obj, tuple) and len(obj) == 4:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            self._failures.put((obj[0], _rebuild_exc(exc.exc, exc.tb)))
            self._wakeup_pipe.wakeup()
        else:
            super()._on_queue_feeder_error(e, obj)


class _WorkItem:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Run fn on each argument tuple of a map() chunk (in a worker)."""
    return [fn(*args) for args in chunk]


def _sendback_result(result_queue, work_id, result=None, exception=None, exit_pid=None):
    try:
        result_queue.put((work_id, exception, result, exit_pid))
    except BaseException as e:
        exc = _ExceptionWithTraceback(e, e.__traceback__)
        result_queue.put((work_id, exc, None, exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """A worker process's loop: run calls from call_queue until None."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_exception('Exception in initializer:')
            # Exiting unasked marks the pool broken, as in CPython.
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_queue, work_id, exception=exc, exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, work_id, result=r, exit_pid=exit_pid)
            del r
        del call_item, fn, args, kwargs
        if exit_pid is not None:
            return


class _ExecutorManagerThread(threading.Thread):
    """The parent's thread that feeds the workers and collects results."""

    def __init__(self, executor):
        super().__init__(name='ProcessPoolExecutorManager', daemon=True)
        self.executor = executor
        self.wakeup = executor._wakeup
        self.shutdown_lock = executor._shutdown_lock
        self.processes = executor._processes
        self.call_queue = executor._call_queue
        self.result_queue = executor._result_queue
        self.work_ids_queue = executor._work_ids
        self.pending_work_items = executor._pending_work_items

    def run(self):
        try:
            while True:
                self.fail_unsent_calls()
                self.add_call_items_to_queue()
                result_item, is_broken, cause = self.wait_result_broken_or_wakeup()
                if is_broken:
                    self.terminate_broken(cause)
                    return
                if result_item is not None:
                    self.process_result_item(result_item)
                    exit_pid = result_item[3]
                    if exit_pid is not None:
                        p = self.processes.pop(exit_pid, None)
                        if p is not None:
                            p.join()
                            p.close()
                        with self.shutdown_lock:
                            if not self.is_shutting_down():
                                self.executor._adjust_process_count()
                    del result_item
                if self.is_shutting_down():
                    self.flag_executor_shutting_down()
                    if not self.pending_work_items:
                        self.join_executor_internals()
                        return
        finally:
            with _managers_lock:
                _managers.pop(self, None)
            # Break the executor <-> thread cycle (no cycle collector).
            self.executor = None

    def add_call_items_to_queue(self):
        # At most max_workers + EXTRA_QUEUED_CALLS calls wait in the pipe.
        while self.executor._queued_calls < self.executor._max_workers + EXTRA_QUEUED_CALLS:
            try:
                work_id = self.work_ids_queue.get(block=False)
            except queue.Empty:
                return
            work_item = self.pending_work_items.get(work_id)
            if work_item is None:
                continue
            if work_item.future.set_running_or_notify_cancel():
                self.executor._queued_calls += 1
                self.call_queue.put((work_id, work_item.fn, work_item.args,
                                     work_item.kwargs), block=True)
            else:
                del self.pending_work_items[work_id]

    def fail_unsent_calls(self):
        # Calls the call queue's feeder thread could not pickle.
        while True:
            try:
                work_id, exc = self.executor._feeder_failures.get_nowait()
            except queue.Empty:
                return
            self.executor._queued_calls -= 1
            work_item = self.pending_work_items.pop(work_id, None)
            if work_item is not None:
                work_item.future.set_exception(exc)

    def wait_result_broken_or_wakeup(self):
        reader = self.result_queue._reader
        sentinels = [p.sentinel for p in list(self.processes.values())]
        ready = mp_connection.wait([reader, self.wakeup] + sentinels)
        cause = None
        is_broken = True
        result_item = None
        if reader in ready:
            try:
                result_item = reader.recv()
                is_broken = False
            except BaseException as e:
                cause = traceback.format_exception(type(e), e, e.__traceback__)
        elif self.wakeup in ready:
            is_broken = False
        with self.shutdown_lock:
            self.wakeup.clear()
        return result_item, is_broken, cause

    def process_result_item(self, result_item):
        work_id, exception, result, _ = result_item
        self.executor._queued_calls -= 1
        work_item = self.pending_work_items.pop(work_id, None)
        if work_item is not None:
            if exception is not None:
                work_item.future.set_exception(exception)
            else:
                work_item.future.set_result(result)

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def terminate_broken(self, cause):
        executor = self.executor
        with self.shutdown_lock:
            executor._broken = ('A child process terminated abruptly, the process '
                                'pool is not usable anymore')
            executor._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was terminated "
                                "abruptly while the future was running or pending.")
        if cause is not None:
            bpe.__cause__ = _RemoteTraceback("\n'''\n%s'''" % ''.join(cause))
        for work_item in self.pending_work_items.values():
            try:
                work_item.future.set_exception(bpe)
            except _base.InvalidStateError:
                pass        # cancelled meanwhile
        self.pending_work_items.clear()
        for p in self.processes.values():
            p.terminate()
        # Leave the call queue alone: its feeder thread may hold calls no
        # worker will read (it is a daemon thread, not joined at exit).
        self.call_queue.cancel_join_thread()
        self.join_executor_internals(broken=True)

    def flag_executor_shutting_down(self):
        executor = self.executor
        if executor._cancel_pending_futures:
            # Cancel what has not started; running calls still finish.
            for work_id, work_item in list(self.pending_work_items.items()):
                if work_item.future.cancel():
                    del self.pending_work_items[work_id]
            while True:
                try:
                    self.work_ids_queue.get_nowait()
                except queue.Empty:
                    break
            executor._cancel_pending_futures = False

    def join_executor_internals(self, broken=False):
        if not broken:
            for _ in range(len(self.processes)):
                self.call_queue.put(None)
            self.call_queue.close()
            self.call_queue.join_thread()
        for p in self.processes.values():
            p.join()
            p.close()
        self.processes.clear()
        if not broken:
            self.call_queue._close_fds()
        self.result_queue._close_fds()
        with self.shutdown_lock:
            self.wakeup.close()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        """Run calls in up to max_workers forked processes (default: the
        number of CPUs)."""
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context()
        self._mp_context = mp_context
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child

        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._queued_calls = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._wakeup = _ThreadWakeup()
        self._feeder_failures = queue.SimpleQueue()
        self._call_queue = _CallQueue(self._feeder_failures, self._wakeup)
        self._result_queue = _MpSimpleQueue()
        self._work_ids = queue.Queue()

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            self._adjust_process_count()
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            with _managers_lock:
                _managers[self._executor_manager_thread] = self._wakeup

    def _adjust_process_count(self):
        # Called with _shutdown_lock held (or before the manager exists).
        while len(self._processes) < self._max_workers:
            p = self._mp_context.Process(
                target=_process_worker,
                args=(self._call_queue, self._result_queue, self._initializer,
                      self._initargs, self._max_tasks_per_child))
            p.start()
            self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._pending_work_items[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._wakeup.wakeup()
            self._start_executor_manager_thread()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), run in the worker processes;
        chunksize calls travel to a worker together."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(_process_chunk, fn, chunk)
              for chunk in _get_chunks(*iterables, chunksize=chunksize)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        chunk = _base._result_or_cancel(fs.pop())
                    else:
                        chunk = _base._result_or_cancel(fs.pop(), end_time - time.monotonic())
                    yield from chunk
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            self._wakeup.wakeup()
        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
