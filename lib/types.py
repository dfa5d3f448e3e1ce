"""Names for built-in types that are not directly accessible as builtins.

Every type here is obtained with type() applied to a sample object.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace_placeholder = None
ModuleType = type(sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodType = type(type('_C', (), {'_m': lambda self: None})()._m)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _g():
    yield 1


GeneratorType = type(_g())


def _cell_maker():
    value = 1

    def inner():
        return value
    return inner


try:
    CellType = type(_cell_maker().__closure__[0])
except Exception:           # pragma: no cover
    pass

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc

# Descriptor / wrapper types: only defined where the interpreter has them.
for _name, _maker in (
        ('WrapperDescriptorType', lambda: object.__init__),
        ('MethodWrapperType', lambda: object().__str__),
        ('MethodDescriptorType', lambda: str.join),
        ('ClassMethodDescriptorType', lambda: dict.__dict__['fromkeys']),
        ('GetSetDescriptorType', lambda: FunctionType.__code__),
):
    try:
        globals()[_name] = type(_maker())
    except Exception:       # pragma: no cover
        pass
del _name, _maker


class _Slotted:
    __slots__ = ('attr',)


# The descriptor created for a __slots__ entry.
MemberDescriptorType = type(_Slotted.__dict__['attr'])
del _Slotted
del SimpleNamespace_placeholder

# Coroutine-related types exist only if the interpreter supports async def.
try:
    async def _c():
        pass
    _co = _c()
    CoroutineType = type(_co)
    _co.close()
    del _co, _c

    async def _ag():
        yield 1
    AsyncGeneratorType = type(_ag())
    del _ag
except Exception:           # pragma: no cover
    pass

try:
    UnionType = type(int | str)
except TypeError:           # pragma: no cover
    pass


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        # Guard against recursive namespaces: show "namespace(...)".
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_repr_running:
            return name + '(...)'
        _ns_repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _ns_repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_running = set()

try:
    GenericAlias = type(list[int])
except (TypeError, AttributeError, ImportError):
    # pygil: list[int] itself builds a types.GenericAlias, which does not
    # exist yet while this module is being imported.
    class GenericAlias:
        """Represent a parameterized generic such as list[int]."""

        def __init__(self, origin, args):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            params = []
            for a in args:
                for p in getattr(a, '__parameters__', ()) or (
                        (a,) if hasattr(a, '__typing_subst__') else ()):
                    if p not in params:
                        params.append(p)
            self.__parameters__ = tuple(params)

        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __repr__(self):
            def r(a):
                if a is Ellipsis:
                    return '...'
                if isinstance(a, type) and not isinstance(a, GenericAlias):
                    if a.__module__ == 'builtins':
                        return a.__qualname__
                    return '%s.%s' % (a.__module__, a.__qualname__)
                return repr(a)
            if self.__args__ == ():
                inner = '()'
            else:
                inner = ', '.join(r(a) for a in self.__args__)
            return '%s[%s]' % (r(self.__origin__), inner)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return (self.__origin__ == other.__origin__ and
                    self.__args__ == other.__args__)

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __instancecheck__(self, obj):
            raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

        def __subclasscheck__(self, cls):
            raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, '__mro_entries__', None)
        if mro_entries is None:
            continue
        entries = mro_entries(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """Find the most derived metaclass among meta and the bases' types."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """Property-like descriptor that only works on instances; accessing it
    on the class raises AttributeError, so that the lookup is routed to the
    metaclass's __getattr__ (used for enum members named like attributes)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # Use the getter's docstring unless one is given.
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _AwaitableGenerator:
    """Wraps a generator-like object returned by a callable that is not a
    plain generator function, so that it can be awaited (types.coroutine)."""

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Convert a regular generator function into a generator-based
    coroutine usable with await."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # The generators of the returned function can be awaited.
            import _pygil_coro
            return _pygil_coro.iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return result
            return _AwaitableGenerator(result)
        if (type(result).__name__ != 'coroutine' and hasattr(result, '__next__')
                and hasattr(result, 'send') and hasattr(result, 'throw')
                and not hasattr(result, '__await__')):
            return _AwaitableGenerator(result)
        return result
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
