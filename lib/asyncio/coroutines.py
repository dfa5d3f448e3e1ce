"""Telling coroutines and coroutine functions apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types

_CO_COROUTINE = 0x80

# Marker set on functions by asyncio.coroutine-style decorators.
_is_coroutine = object()


def _unwrap(func):
    while True:
        inner = getattr(func, '__func__', None)      # bound methods
        if inner is None:
            inner = getattr(func, 'func', None) if type(func).__name__ == 'partial' else None
        if inner is None:
            return func
        func = inner


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(_unwrap(func), '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, (types.CoroutineType, types.GeneratorType)):
        return True
    # Coroutine-like objects (collections.abc.Coroutine).
    t = type(obj)
    return all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    """`f() running at FILE:LINE` or `f() done, defined at FILE:LINE`,
    as task and future reprs show a coroutine."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
