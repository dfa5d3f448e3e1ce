"""Handles (scheduled callbacks), the event-loop policy, and which loop
is running in each thread.

Written for pygil after CPython 3.11's asyncio.events: same classes, same
functions, same error messages.
"""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import functools
import os
import threading

from . import coroutines


# ---- describing callbacks (CPython's format_helpers) ----------------------

def _function_source(func):
    """(filename, first line) of a Python function, else None."""
    while True:
        inner = getattr(func, '__wrapped__', None)
        if inner is None:
            break
        func = inner
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    code = getattr(func, '__code__', None)
    if code is None:
        code = getattr(getattr(func, '__func__', None), '__code__', None)
    if code is not None:
        return code.co_filename, code.co_firstlineno
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(repr(a) for a in args)
    if kwargs:
        items.extend(f'{k}={v!r}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


# ---- handles --------------------------------------------------------------

class Handle:
    """A callback scheduled on a loop (what call_soon returns)."""

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Keep the repr of the callback for debugging.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            context = {
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            }
            self._loop.call_exception_handler(context)
        self = None  # drop the reference cycle through the exception


class TimerHandle(Handle):
    """A callback scheduled for a time on the loop's clock (call_later/call_at)."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The loop time the callback is scheduled for."""
        return self._when


# ---- abstract interfaces --------------------------------------------------

class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """Abstract event loop: every method raises NotImplementedError."""

    def _unimplemented(self, *args, **kwargs):
        raise NotImplementedError

    run_forever = run_until_complete = stop = is_running = is_closed = close = _unimplemented
    call_soon = call_later = call_at = time = create_future = create_task = _unimplemented
    call_soon_threadsafe = run_in_executor = set_default_executor = _unimplemented
    add_reader = remove_reader = add_writer = remove_writer = _unimplemented
    set_exception_handler = get_exception_handler = _unimplemented
    default_exception_handler = call_exception_handler = get_debug = set_debug = _unimplemented

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread; the main thread gets one on demand."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and
                not self._local._set_called and
                threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# ---- the running loop -----------------------------------------------------

class _RunningLoop(threading.local):
    loop_pid = (None, None)


_running_loop = _RunningLoop()


def get_running_loop():
    """Return the running event loop; RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """The running event loop, or None (the loop of a forked parent is not running)."""
    loop, pid = _running_loop.loop_pid
    if loop is not None and pid == os.getpid():
        return loop
    return None


def _set_running_loop(loop):
    _running_loop.loop_pid = (loop, os.getpid())


# ---- the policy -----------------------------------------------------------

_event_loop_policy = None
_lock = threading.Lock()


def _init_event_loop_policy():
    global _event_loop_policy
    with _lock:
        if _event_loop_policy is None:
            from .unix_events import DefaultEventLoopPolicy
            _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None: the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop; outside one, the policy's loop for this thread."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    raise NotImplementedError("asyncio child watchers (subprocesses) are not supported by pygil")


def set_child_watcher(watcher):
    raise NotImplementedError("asyncio child watchers (subprocesses) are not supported by pygil")
