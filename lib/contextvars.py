"""Context variables (PEP 567), written for pygil after CPython 3.11's
_contextvars: ContextVar, Token, Context, copy_context.

Each thread has a current Context (a new thread starts with an empty
one). A Context maps ContextVars to values; its mapping is never changed
in place: ContextVar.set() gives the current context a new dict, so a
copy (copy_context() shares the dict) is unaffected. Context.run() makes
a context current for the duration of a call; asyncio runs every task
step and callback in the context it captured.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

import _thread
from collections.abc import Mapping

_MISSING = object()


class _State(_thread._local):
    context = None


_state = _State()


def _current():
    ctx = _state.context
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def copy_context():
    """A new Context with the current context's values."""
    ctx = Context()
    ctx._data = _current()._data
    return ctx


class Context(Mapping):
    """A mapping of ContextVars to their values."""

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        prev = _state.context
        if prev is None:
            prev = Context()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = prev
            self._entered = False
            # A traceback through this frame keeps its locals: drop the
            # callable (often a bound method) so no cycle goes through it.
            callable = args = kwargs = None

    def copy(self):
        ctx = Context()
        ctx._data = self._data
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context; else the default argument;
        else the variable's default; else LookupError."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        ctx = _state.context
        if ctx is not None:
            try:
                return ctx._data[self]
            except KeyError:
                pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for reset()."""
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before set() returned `token`."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new = dict(ctx._data)
        if token._old_value is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns; ContextVar.reset() takes it."""

    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# CPython's classes live in the C module _contextvars.
for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
