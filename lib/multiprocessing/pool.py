"""multiprocessing.Pool: a fixed number of forked worker processes running
tasks (CPython 3.11's documented behaviour).

Structure.  Tasks travel as pickled tuples (job, index, func, args, kwds)
through a SimpleQueue (`inqueue`) that every worker reads; each worker
answers (job, index, (success, value)) through a second SimpleQueue
(`outqueue`).  Three daemon threads in the parent run the pool:

  * the task handler moves task batches from a local queue (filled by
    apply_async/map_async/imap...) into inqueue, so a caller never blocks
    on a full pipe;
  * the result handler reads outqueue and hands each answer to the result
    object waiting for it (ApplyResult, MapResult, IMapIterator), found in
    the pool's cache by job number;
  * the worker handler waits for a worker to exit (process sentinels) and
    starts replacements (maxtasksperchild, or a worker that died).

map() splits its iterable into chunks (chunksize, by default
len / (4 * processes) rounded up) and sends each chunk as one task running
mapstar.  imap()/imap_unordered() take tasks lazily from the iterable in the
task handler thread.

Exceptions raised by a task are pickled back with their traceback text
attached (RemoteTraceback as __cause__) and re-raised by get()/next() in
the parent; a result that cannot be pickled becomes MaybeEncodingError.

close() stops new work: once every pending job has its answer the worker
handler tells the task handler to send each worker None (exit) and the
result handler None.  terminate() (also what `with Pool() as p:` does on
exit) stops the handlers, sends SIGTERM to the workers and drains inqueue
so a task handler blocked on it can finish; pending results stay
unresolved, as in CPython.  A worker that dies while running a task loses
that task (its result never arrives), also as in CPython.

Functions are pickled by reference: they must be module-level, defined
before the pool is created if they live in __main__ (workers are forked
copies of the parent at that moment).

ThreadPool is the same machinery with worker threads and queue.SimpleQueue
(nothing is pickled); terminate() cannot kill threads, so it drops the
queued tasks and lets each worker finish the task it is running.
"""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import connection, util
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


# -- exceptions crossing the process boundary --

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """Pickles as the exception, rebuilt with the worker's formatted
    traceback as its __cause__."""

    def __init__(self, exc, tb):
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """Wraps a result (or exception) the worker could not pickle."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A worker process's loop: run tasks from inqueue until None (or
    maxtasks tasks), answering on outqueue."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex


class _PoolCache(dict):
    """Jobs waiting for answers; emptying it wakes the worker handler
    (which, after close(), waits for exactly that)."""

    def __init__(self, notifier):
        super().__init__()
        self.notifier = notifier

    def __delitem__(self, item):
        super().__delitem__(item)
        if not self:
            self.notifier()


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        from .context import _default_context
        self._ctx = context or _default_context.get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._cache = _PoolCache(self._notify)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        self._worker_handler = threading.Thread(target=self._handle_workers,
                                                name='PoolWorkerHandler', daemon=True)
        self._task_handler = threading.Thread(target=self._handle_tasks,
                                              name='PoolTaskHandler', daemon=True)
        self._result_handler = threading.Thread(target=self._handle_results,
                                                name='PoolResultHandler', daemon=True)
        self._state = RUN
        self._worker_handler.start()
        self._task_handler.start()
        self._result_handler.start()
        self._terminated = False
        self._exit_hook = util.register_exit_hook(self._terminate_at_exit, 15)

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%s>' % (
            type(self).__module__, type(self).__qualname__, self._state, len(self._pool))

    # -- workers --

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer,
                                   self._initargs, self._maxtasksperchild,
                                   self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _join_exited_workers(self):
        cleaned = False
        for w in list(self._pool):
            if w.exitcode is not None:
                w.join()
                w.close()
                self._pool.remove(w)
                cleaned = True
        return cleaned

    def _notify(self):
        try:
            os.write(self._wake_w, b'\0')
        except (BlockingIOError, OSError, TypeError):
            pass

    def _wait_for_updates(self):
        fds = [w.sentinel for w in self._pool] + [self._wake_r]
        connection.wait(fds)
        try:
            while os.read(self._wake_r, 4096):
                pass
        except BlockingIOError:
            pass

    def _handle_workers(self):
        while self._state == RUN or (self._cache and self._state != TERMINATE):
            if self._join_exited_workers():
                self._repopulate_pool()
            self._wait_for_updates()
        # Every job has its answer (or the pool is terminating): let the
        # task handler shut the workers down.
        self._taskqueue.put(None)

    def _handle_tasks(self):
        for job, tasks, set_length in iter(self._taskqueue.get, None):
            i = -1
            it = iter(tasks)
            while True:
                if self._state == TERMINATE:
                    break
                try:
                    task = next(it)
                except StopIteration:
                    if set_length:
                        set_length(i + 1)
                    break
                except Exception as e:
                    # The caller's iterable raised: that index fails.  As
                    # in CPython, a worker re-raises it, so it arrives
                    # after the results of the tasks sent before it.
                    try:
                        self._put_task((job, i + 1, _helper_reraises_exception, (e,), {}))
                    except Exception:
                        cached = self._cache.get(job)
                        if cached is not None:
                            cached._set(i + 1, (False, e))
                    if set_length:
                        set_length(i + 2)
                    break
                i = task[1]
                try:
                    self._put_task(task)
                except Exception as e:
                    # Could not pickle or send the task.
                    cached = self._cache.get(job)
                    if cached is not None:
                        cached._set(task[1], (False, e))
            if self._state == TERMINATE:
                return
        if self._state == TERMINATE:
            return
        for _ in self._pool:
            self._put_task(None)
        self._outqueue.put(None)

    def _put_task(self, task):
        self._inqueue.put(task)

    def _handle_results(self):
        get = self._outqueue.get
        while True:
            try:
                item = get()
            except (OSError, EOFError):
                return
            if item is None:
                return
            job, i, obj = item
            cached = self._cache.get(job)
            if cached is not None:
                try:
                    cached._set(i, obj)
                except Exception:
                    traceback.print_exc()
            item = job = obj = cached = None

    # -- API --

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)) computed by the workers."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable] computed by the workers."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Start func(*args, **kwds) in a worker; returns an AsyncResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put((result._job, [(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        batches = self._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        job = result._job
        self._taskqueue.put((job, ((job, i, mapper, (x,), {})
                                   for i, x in enumerate(batches)), None))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def imap(self, func, iterable, chunksize=1):
        """Like map(), as an iterator yielding results in order as they
        arrive; the iterable is consumed lazily."""
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), yielding results in the order they complete."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize == 1:
            result = cls(self)
            job = result._job
            self._taskqueue.put((job, ((job, i, func, (x,), {})
                                       for i, x in enumerate(iterable)),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        batches = self._get_tasks(func, iterable, chunksize)
        result = cls(self)
        job = result._job
        self._taskqueue.put((job, ((job, i, mapstar, (x,), {})
                                   for i, x in enumerate(batches)),
                             result._set_length))
        return (item for chunk in result for item in chunk)

    def close(self):
        """No more tasks; workers exit once the pending ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._notify()

    def terminate(self):
        """Stop the workers now (SIGTERM), leaving pending work undone."""
        if self._terminated:
            return
        self._terminated = True
        util.unregister_exit_hook(self._exit_hook)
        self._state = TERMINATE
        if self._wake_r is None:
            return                  # closed and joined already
        self._notify()
        if threading.current_thread() is not self._worker_handler:
            self._worker_handler.join()
        self._outqueue.put(None)           # the result handler stops
        self._taskqueue.put(None)          # the task handler stops waiting
        self._stop_workers()
        self._unblock_task_handler()
        self._task_handler.join()
        self._result_handler.join()
        for w in self._pool:
            w.join()
        self._release_fds()

    def _release_fds(self):
        # Workers and handler threads are gone: nothing uses the queues
        # or the wake-up pipe any more.
        if self._wake_r is None:
            return
        self._inqueue._close_fds()
        self._outqueue._close_fds()
        for w in self._pool:
            w.close()
        self._pool = []
        os.close(self._wake_r)
        os.close(self._wake_w)
        self._wake_r = self._wake_w = None

    def _stop_workers(self):
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()

    def _unblock_task_handler(self):
        # The task handler may be blocked writing into a full inqueue that
        # no (living) worker reads: read the pipe until it finishes.
        reader = self._inqueue._reader
        while self._task_handler.is_alive():
            if reader.poll(0.01):
                try:
                    reader.recv_bytes()
                except (EOFError, OSError):
                    break

    def _terminate_at_exit(self):
        self.terminate()

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for w in self._pool:
            w.join()
        if self._state == CLOSE:
            util.unregister_exit_hook(self._exit_hook)
            self._release_fds()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:
    """The AsyncResult of apply_async()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result, or the worker's exception raised here;
        multiprocessing.TimeoutError if not ready within timeout."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The AsyncResult of map_async(): ready once every chunk answered;
    the first exception wins."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            if self._success:
                if self._callback:
                    self._callback(self._value)
            elif self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()
            self._pool = None


class IMapIterator:
    """The iterator returned by imap(): results in task order."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if deadline is None:
                    self._cond.wait()
                else:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise TimeoutError from None
                    self._cond.wait(remaining)
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator returned by imap_unordered(): results as they come."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class _WorkerThread(threading.Thread):
    """A ThreadPool worker, with the Process attributes the pool uses."""

    @property
    def exitcode(self):
        if self.ident is not None and not self.is_alive():
            return 0
        return None

    def close(self):
        pass


class ThreadPool(Pool):
    """The Pool API run by threads of this process: tasks and results are
    passed as objects (queue.SimpleQueue), never pickled."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        kwds.pop('daemon', None)
        return _WorkerThread(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def _wait_for_updates(self):
        # Worker threads only end when told to: just wait for a wake-up.
        connection.wait([self._wake_r])
        try:
            while os.read(self._wake_r, 4096):
                pass
        except BlockingIOError:
            pass

    def _stop_workers(self):
        # Threads cannot be killed: drop the queued tasks and let each
        # worker finish its current one, then exit.
        while True:
            try:
                self._inqueue.get_nowait()
            except queue.Empty:
                break
        for _ in self._pool:
            self._inqueue.put(None)
        for w in self._pool:
            w.join()

    def _unblock_task_handler(self):
        pass                    # its queue is unbounded: it never blocks

    def _release_fds(self):
        if self._wake_r is None:
            return
        os.close(self._wake_r)
        os.close(self._wake_w)
        self._wake_r = self._wake_w = None
        self._pool = []
