"""Queue, JoinableQueue and SimpleQueue shared by forked processes
(CPython 3.11's documented behaviour).

All three carry pickled objects, one message each, through a one-way pipe
(connection.Pipe(duplex=False)).  Readers hold a cross-process Lock while
they read a message, writers another while they write one, so messages
never interleave however many processes use the queue.

Queue.put() does not write to the pipe itself: it appends the object to a
buffer in this process, and a daemon *feeder thread* (started by the first
put()) pickles and writes buffered objects in order.  So put() never blocks
on a full pipe, and a process's objects arrive in the order it put them.  A
bounded queue (maxsize > 0) also has a BoundedSemaphore of free places:
put() takes one (blocking, or raising queue.Full), get() gives it back.

Before a process exits, the feeder threads of the queues it put into are
joined (after the buffer is flushed), unless cancel_join_thread() was
called: a process that put large objects therefore waits at exit until
someone gets them, as documented for CPython.

qsize() raises NotImplementedError (counting would need the semaphore's
value, which pipes cannot report; CPython does the same on macOS).
empty() and full() answer for the moment they look, as in CPython.

The per-process state (buffer, feeder thread, its locks) is re-created in
a forked child on first use: the child must not send the parent's
buffered objects again.
"""

import collections
import os
import pickle
import threading
import time

from queue import Empty, Full

from . import connection, synchronize, util

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_SENTINEL = object()


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()
        self._sem = synchronize.BoundedSemaphore(maxsize) if maxsize > 0 else None
        self._ignore_epipe = False
        self._reset()

    def _reset(self):
        """Per-process state: a fresh buffer, no feeder thread."""
        self._gen = util.fork_generation()
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._closed = False
        self._close_requested = False
        self._joincancelled = False
        self._exit_hook = None

    def _check_process(self):
        if self._gen != util.fork_generation():
            self._reset()

    def __reduce__(self):
        raise RuntimeError('%s objects should only be shared between processes '
                           'through inheritance' % type(self).__name__)

    def put(self, obj, block=True, timeout=None):
        self._check_process()
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        self._check_process()
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if block and timeout is None:
            with self._rlock:
                data = self._reader.recv_bytes()
            if self._sem is not None:
                self._sem.release()
        else:
            deadline = None if not block else time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if deadline is not None:
                    if not self._reader.poll(max(0.0, deadline - time.monotonic())):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                data = self._reader.recv_bytes()
                if self._sem is not None:
                    self._sem.release()
            finally:
                self._rlock.release()
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        raise NotImplementedError("Queue.qsize() is not supported by pygil "
                                  "(its queues are pipes, which cannot be counted)")

    def empty(self):
        self._check_process()
        return not self._reader.poll()

    def full(self):
        self._check_process()
        return self._sem is not None and self._sem._is_zero()

    def close(self):
        """No more put()s from this process; the feeder thread flushes what
        is buffered and closes the write end."""
        self._check_process()
        self._closed = True
        self._reader.close()
        with self._notempty:
            self._close_requested = True
            if self._thread is not None:
                self._buffer.append(_SENTINEL)
                self._notempty.notify()
            else:
                self._writer.close()

    def join_thread(self):
        """Wait for the feeder thread (after close())."""
        assert self._closed, "Queue {0!r} not closed".format(self)
        if self._thread is not None:
            self._thread.join()
        self._drop_exit_hook()

    def cancel_join_thread(self):
        """Do not wait for the feeder thread when this process exits
        (buffered objects may then be lost)."""
        self._check_process()
        self._joincancelled = True
        self._drop_exit_hook()

    def _drop_exit_hook(self):
        if self._exit_hook is not None:
            util.unregister_exit_hook(self._exit_hook)
            self._exit_hook = None

    def _close_fds(self):
        """Close all of this process's descriptors of the queue, once the
        feeder thread is done (used by pools that own their queues)."""
        self._reader.close()
        self._writer.close()
        for lock in (self._rlock, self._wlock, self._sem):
            if lock is not None:
                lock._close()

    def _start_thread(self):
        # Called with _notempty held.
        self._thread = threading.Thread(
            target=_feed, name='QueueFeederThread',
            args=(self._buffer, self._notempty, self._writer, self._wlock,
                  self._sem, self._ignore_epipe, self._on_queue_feeder_error),
            daemon=True)
        self._thread.start()
        if not self._joincancelled:
            self._exit_hook = util.register_exit_hook(self._flush_at_exit, -5)

    def _flush_at_exit(self):
        with self._notempty:
            if not self._close_requested:
                self._close_requested = True
                self._buffer.append(_SENTINEL)
                self._notempty.notify()
        self._thread.join()

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        """Called by the feeder thread (inside its except block) when obj
        could not be pickled or sent; subclasses may override it."""
        import traceback
        traceback.print_exc()

    def __repr__(self):
        return '<%s maxsize=%d>' % (type(self).__name__, self._maxsize)


def _feed(buffer, notempty, writer, wlock, sem, ignore_epipe, onerror):
    """The feeder thread: pickle and send buffered objects in order until
    the close sentinel."""
    while True:
        with notempty:
            while not buffer:
                notempty.wait()
            obj = buffer.popleft()
        if obj is _SENTINEL:
            writer.close()
            return
        try:
            data = pickle.dumps(obj)
            with wlock:
                writer.send_bytes(data)
        except Exception as e:
            if ignore_epipe and isinstance(e, BrokenPipeError):
                return
            if util.is_exiting():
                return
            # The object never reached the pipe: give its place back.
            if sem is not None:
                sem.release()
            onerror(e, obj)


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished_tasks = synchronize.Semaphore(0)
        self._cond = synchronize.Condition()

    def put(self, obj, block=True, timeout=None):
        self._check_process()
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty, self._cond:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._unfinished_tasks.release()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        """Wait until every object put has been marked task_done()."""
        with self._cond:
            while not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue:
    """A queue without buffering thread: put() writes to the pipe
    directly (and blocks while the pipe is full)."""

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()

    def __reduce__(self):
        raise RuntimeError('%s objects should only be shared between processes '
                           'through inheritance' % type(self).__name__)

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def _close_fds(self):
        """Close all of this process's descriptors of the queue."""
        self.close()
        self._rlock._close()
        self._wlock._close()

    def get(self):
        with self._rlock:
            data = self._reader.recv_bytes()
        return pickle.loads(data)

    def put(self, obj):
        data = pickle.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)

    def __repr__(self):
        return '<%s>' % type(self).__name__
