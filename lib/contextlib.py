"""Utilities for with-statement contexts (pure-Python implementation)."""

import abc
import os
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _has_methods(klass, *names):
    """True if every name is defined (and not None) somewhere in the MRO."""
    mro = klass.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC for classes implementing __enter__ and __exit__."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """ABC for classes implementing __aenter__ and __aexit__."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """Base class letting a context manager also be used as a decorator."""

    def _recreate_cm(self):
        """Return the context manager to use for one decorated call.

        The default returns self; one-shot managers override it to return
        a fresh instance."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Async counterpart of ContextDecorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """Shared set-up of the generator-based context managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Use the generator function's docstring for help().
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a new generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager; drop them.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            # Exceptions passed as a bare type need instantiating.
            value = typ()
        try:
            if traceback is not None and value.__traceback__ is not traceback:
                value = value.with_traceback(traceback)
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned after the throw: the exception was
            # swallowed -- unless what stopped it is the very StopIteration
            # we threw in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown into the generator and re-raised there
            # is turned into RuntimeError by PEP 479: report the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            # The generator let our exception through: restore its
            # traceback and tell the with statement to re-raise it.
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            if traceback is not None and value.__traceback__ is not traceback:
                value = value.with_traceback(traceback)
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: turn a generator function yielding once
    into a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: async-generator version."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager awaiting thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily send sys.stdout to another file-like object."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Temporarily send sys.stderr to another file-like object."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Suppress the listed exception types raised in the with block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Returning True suppresses.  Only exceptions matching the listed
        # types (issubclass semantics) are swallowed.
        return exctype is not None and issubclass(exctype, self._exceptions)


def _exc_triple(exc):
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def _relink_context(new_exc, old_exc, frame_exc):
    """Make old_exc the context of the chain started by new_exc.

    When a callback raises while another exception is pending, the
    interpreter sets new_exc.__context__ to whatever was being handled at
    that moment (frame_exc or nothing), not to the pending exception.  Walk
    down the context chain and attach old_exc where the chain reaches
    frame_exc (or its end)."""
    if new_exc is old_exc:
        return
    exc = new_exc
    seen = set()
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc or id(ctx) in seen:
            break
        seen.add(id(ctx))
        exc = ctx
    exc.__context__ = old_exc


class _BaseExitStack:
    """Callback stack shared by ExitStack and AsyncExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        # Entries are (is_sync, exit_callable).
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move all callbacks to a new stack (of the same type) and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register an __exit__-like callback (or an object with __exit__).

        Returns the argument, so it can be used as a decorator."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # Not a context manager: a plain callable with __exit__'s
            # signature.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its __exit__ on the stack.

        Returns the result of cm.__enter__()."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register an arbitrary callback (called with the given arguments,
        and no exception details).  Returns the callback."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Let introspection see what was registered.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    with ExitStack() as stack:
        files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled by the caller when we were invoked:
        # contexts set implicitly by the interpreter stop there.
        frame_exc = sys.exc_info()[1]

        pending = exc_details[1]        # exception to propagate, if any
        raised_here = False             # pending came from a callback
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*_exc_triple(pending)):
                    suppressed = True
                    raised_here = False
                    pending = None
            except BaseException as new_exc:
                _relink_context(new_exc, pending, frame_exc)
                raised_here = True
                pending = new_exc
        if raised_here:
            # Raising sets __context__ to frame_exc again; keep the chain we
            # built instead.
            kept_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = kept_context
                raise
        return received_exc and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for a stack of (sync or async) exit callbacks."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter an async context manager; push its __aexit__."""
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = await _enter(cm)
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function (or an object
        with __aexit__)."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register an arbitrary coroutine function as a callback."""
        _exit_wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_async_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        pending = exc_details[1]
        raised_here = False
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*_exc_triple(pending))
                else:
                    result = await cb(*_exc_triple(pending))
                if result:
                    suppressed = True
                    raised_here = False
                    pending = None
            except BaseException as new_exc:
                _relink_context(new_exc, pending, frame_exc)
                raised_here = True
                pending = new_exc
        if raised_here:
            kept_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = kept_context
                raise
        return received_exc and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
