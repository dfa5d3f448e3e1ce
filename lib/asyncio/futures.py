"""asyncio.Future: a result that will be set later, with callbacks run
on the loop when it is.

Written for pygil after CPython 3.11's asyncio.futures (whose C twin,
_asyncio.Future, behaves the same): a done future schedules each callback
with `loop.call_soon(callback, future)`, in the order they were added;
`await future` yields the future itself to the Task driving the
coroutine, which adds its wakeup as a callback.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars
import sys
import types

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

STACK_DEBUG = 5


def isfuture(obj):
    """Is obj a Future-like object (duck-typed: `_asyncio_future_blocking`)?"""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    """The `cb=[...]` part of a future's repr."""
    size = len(cb)

    def one(callback):
        return events._format_callback_source(callback, ())

    if not size:
        return 'cb=[]'
    if size == 1:
        text = one(cb[0][0])
    elif size == 2:
        text = '{}, {}'.format(one(cb[0][0]), one(cb[1][0]))
    else:
        text = '{}, <{} more>, {}'.format(one(cb[0][0]), size - 2, one(cb[-1][0]))
    return f'cb=[{text}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            import reprlib
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A value that will be available later (not thread-safe)."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    # The CancelledError to raise from the next result() after cancel().
    _cancelled_exc = None

    # True while the future is being awaited by a Task (set by __await__
    # before it yields the future; the Task resets it).
    _asyncio_future_blocking = False

    # An exception that nobody retrieved is logged when the future dies.
    _log_traceback_flag = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self._log_traceback_flag:
            return
        self._log_traceback_flag = False
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        self._loop.call_exception_handler(context)

    @classmethod
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self._log_traceback_flag

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self._log_traceback_flag = False

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one a cancelled coroutine
        raised, else a new one carrying the cancel message."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was done."""
        self._log_traceback_flag = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """Done means cancelled, or a result or an exception was set."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception, CancelledError, or
        InvalidStateError if the future is not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback_flag = False
        exc = self._exception
        if exc is not None:
            tb = self._exception_tb
            try:
                raise exc.with_traceback(tb)
            finally:
                # The traceback keeps this frame's locals: no cycle through them.
                self = exc = tb = None
        return self._result

    def exception(self):
        """The exception set (None if a result was)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback_flag = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) on the loop when the future is done (soon, if it is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    # The messages are those of CPython's C Future (_asyncio), which is
    # what asyncio uses there.

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback_flag = True

    def __await__(self):
        # pygil keeps the final locals of a frame a traceback went through,
        # and has no cycle collector: `self` is dropped before an
        # exception leaves, or future -> exception -> traceback -> this
        # frame -> future would never be freed.
        try:
            if not self.done():
                self._asyncio_future_blocking = True
                yield self  # the Task waits for us
            if not self.done():
                raise RuntimeError("await wasn't used with future")
            return self.result()
        except BaseException:
            self = None
            raise

    __iter__ = __await__


# CPython's asyncio uses its C twin, whose class says it lives in _asyncio.
Future.__module__ = '_asyncio'
_PyFuture = Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    """Set the result unless the future was cancelled meanwhile."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    elif exc_class is concurrent.futures.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    elif exc_class is getattr(concurrent.futures, 'InvalidStateError', None):
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    """Copy the state of asyncio future `source` to a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    """Copy the state of done future `source` to asyncio future `dest`."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """When `source` is done, copy its state to `destination` (on the
    destination's loop), and a cancelled destination cancels the source.
    Either may be an asyncio or a concurrent.futures Future."""
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events._get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
