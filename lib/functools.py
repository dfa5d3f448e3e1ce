"""Higher-order functions and operations on callable objects.

reduce, partial, partialmethod, update_wrapper/wraps, lru_cache/cache,
cached_property, total_ordering, cmp_to_key, singledispatch and
singledispatchmethod.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

from reprlib import recursive_repr

try:
    from _thread import RLock as _RLock
except ImportError:
    _RLock = None
try:
    from _thread import allocate_lock as _allocate_lock
except ImportError:
    _allocate_lock = None


class _NoLock:
    """Stand-in lock for builds without threads."""
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _new_lock():
    if _allocate_lock is not None:
        return _allocate_lock()
    return _NoLock()


def _new_rlock():
    if _RLock is not None:
        return _RLock()
    # A plain lock would deadlock on re-entry; without RLock do not lock.
    return _NoLock()


# ---------------------------------------------------------------------------
# update_wrapper / wraps
# ---------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped.

    Attributes named in `assigned` are copied over (missing ones are
    skipped), dictionaries named in `updated` are merged into wrapper's,
    and wrapper.__wrapped__ is set to wrapped.  Returns wrapper.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ above
    # does not win over the object actually being wrapped.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: @wraps(f) applies update_wrapper(..., f)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# total_ordering
# ---------------------------------------------------------------------------

# Each derived comparison is built from one root operation.  The root may
# return NotImplemented, which is passed through.

def _from_lt(op):
    def derived(self, other):
        lt = type(self).__lt__(self, other)
        if lt is NotImplemented:
            return lt
        if op == '__gt__':
            return not lt and self != other
        if op == '__le__':
            return lt or self == other
        return not lt                                   # __ge__
    return derived


def _from_le(op):
    def derived(self, other):
        le = type(self).__le__(self, other)
        if le is NotImplemented:
            return le
        if op == '__ge__':
            return not le or self == other
        if op == '__lt__':
            return le and self != other
        return not le                                   # __gt__
    return derived


def _from_gt(op):
    def derived(self, other):
        gt = type(self).__gt__(self, other)
        if gt is NotImplemented:
            return gt
        if op == '__lt__':
            return not gt and self != other
        if op == '__ge__':
            return gt or self == other
        return not gt                                   # __le__
    return derived


def _from_ge(op):
    def derived(self, other):
        ge = type(self).__ge__(self, other)
        if ge is NotImplemented:
            return ge
        if op == '__le__':
            return not ge or self == other
        if op == '__gt__':
            return ge and self != other
        return not ge                                   # __lt__
    return derived


_ORDER_BUILDERS = {
    '__lt__': _from_lt, '__le__': _from_le,
    '__gt__': _from_gt, '__ge__': _from_ge,
}
# Preference order when several roots are defined.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = set()
    for name in _ROOT_PREFERENCE:
        # A method counts as defined unless it is inherited from object.
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # Same choice as CPython: the "largest" name, ordering '<' as strings.
    root = max(defined)
    builder = _ORDER_BUILDERS[root]
    for name in _ROOT_PREFERENCE:
        if name in defined:
            continue
        method = builder(name)
        method.__name__ = name
        method.__qualname__ = '%s.%s' % (getattr(cls, '__qualname__',
                                                 cls.__name__), name)
        method.__doc__ = getattr(int, name).__doc__
        setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key
# ---------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Wrap an old-style cmp(a, b) function (negative/zero/positive) so it
    can be used as a key= function."""

    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

        __hash__ = None

    KeyWrapper.__module__ = 'functools'
    KeyWrapper.__qualname__ = 'KeyWrapper'
    return KeyWrapper


# ---------------------------------------------------------------------------
# reduce
# ---------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """Fold the items of iterable from the left with a two-argument
    function: reduce(f, [a, b, c]) is f(f(a, b), c).  initial, if given,
    comes before the items (and is the result for an empty iterable)."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value') from None
    else:
        value = initial
    for item in items:
        value = function(value, item)
    return value


# ---------------------------------------------------------------------------
# partial and partialmethod
# ---------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords): a callable that calls func with
    args followed by its own positional arguments, and keywords updated by
    its own keyword arguments."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Flatten partial(partial(f, a), b) into partial(f, a, b).  Only
        # done when the inner object calls like a plain partial and has no
        # extra instance attributes that flattening would lose.
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__
                and set(vars(func)) <= {'func', 'args', 'keywords'}):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % (key, value)
                     for key, value in self.keywords.items())
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        extra = dict(self.__dict__)
        for name in ('func', 'args', 'keywords'):
            extra.pop(name, None)
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        if namespace:
            self.__dict__.update(namespace)
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds is not None else {}


class partialmethod:
    """Like partial, but for use as a class attribute: binds like the
    wrapped function/descriptor (plain callables get the instance as first
    argument) and then applies the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    @recursive_repr()
    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % (key, value)
                     for key, value in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def _unbound(self):
        # Used for plain callables: the instance becomes the first argument.
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        result = None
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                # A real descriptor (function, classmethod, ...): apply the
                # stored arguments to whatever it binds to.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            # Not a descriptor, or one returning itself: behave like an
            # instance method of a plain callable.
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---------------------------------------------------------------------------
# lru_cache
# ---------------------------------------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return ('CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)'
                % tuple(self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo = CacheInfo

_KWD_MARK = object()      # separates positional from keyword parts of keys
# Types whose values can be used directly as a key when alone (cheap hash,
# no risk of colliding with the tuple keys built otherwise).
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """Build a hashable cache key from call arguments.

    With typed=True the argument types are part of the key, so f(3) and
    f(3.0) are cached separately.
    """
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(value) for value in args)
        if kwds:
            key = key + tuple(type(value) for value in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None the cache grows without bound; if it is 0 nothing is
    cached.  With typed=True arguments of different types are cached
    separately.  Arguments must be hashable.

    The decorated function gains cache_info(), cache_clear() and
    cache_parameters(); the original is available as __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare decorator: @lru_cache
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    """Return the caching wrapper function (a closure over the cache)."""
    missing = object()
    # Mutable statistics: [hits, misses]
    stats = [0, 0]
    cache = {}
    lock = _new_lock()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # No caching: only count the calls as misses.
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # Recency is kept in a circular doubly linked list of cells
        # [older, newer, key, result]; `ring` is the sentinel cell, so
        # ring[NEWER] is the least recently used entry and ring[OLDER]
        # the most recently used.  cache maps key -> cell.
        OLDER, NEWER, KEY, RESULT = 0, 1, 2, 3
        ring = []
        ring[:] = [ring, ring, None, None]
        full = [False]

        def unlink(cell):
            cell[OLDER][NEWER] = cell[NEWER]
            cell[NEWER][OLDER] = cell[OLDER]

        def link_newest(cell):
            newest = ring[OLDER]
            cell[OLDER] = newest
            cell[NEWER] = ring
            newest[NEWER] = cell
            ring[OLDER] = cell

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                cell = cache.get(key)
                if cell is not None:
                    unlink(cell)
                    link_newest(cell)
                    stats[0] += 1
                    return cell[RESULT]
                stats[1] += 1
            # Call outside the lock: the function may recurse or block.
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # A recursive call or another thread cached it already;
                    # that entry is already the most recent one.
                    pass
                elif full[0]:
                    # Reuse the least recently used cell for the new entry.
                    oldest = ring[NEWER]
                    unlink(oldest)
                    del cache[oldest[KEY]]
                    oldest[KEY] = key
                    oldest[RESULT] = result
                    link_newest(oldest)
                    cache[key] = oldest
                else:
                    cell = [None, None, key, result]
                    link_newest(cell)
                    cache[key] = cell
                    full[0] = len(cache) >= maxsize
            return result

        def clear_ring():
            ring[:] = [ring, ring, None, None]
            full[0] = False

    def cache_info():
        """CacheInfo(hits, misses, maxsize, currsize) for this cache."""
        with lock:
            return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Forget every cached result and reset the statistics."""
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0
            if maxsize is not None and maxsize > 0:
                clear_ring()

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Unbounded memoizing decorator: lru_cache(maxsize=None).'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# singledispatch
# ---------------------------------------------------------------------------

def _mro_of(cls):
    try:
        return cls.__mro__
    except AttributeError:
        return (cls, object)


def _find_impl(cls, registry):
    """Pick the implementation registered for the best match of cls.

    The classes of cls.__mro__ are tried in order.  Registered classes that
    cls only inherits virtually (ABCs it is registered with or matches
    through __subclasshook__) are slotted into that order just after the
    last MRO class that is also a subclass of them.  Two unrelated
    candidates competing for the same slot are ambiguous.
    """
    mro = _mro_of(cls)
    in_mro = set(mro)
    # Virtual bases: registered types not in the MRO that cls subclasses.
    virtual = []
    for candidate in registry:
        if candidate in in_mro:
            continue
        try:
            if issubclass(cls, candidate):
                virtual.append(candidate)
        except TypeError:
            continue
    # slots[i]: virtual bases to try right after mro[i]
    slots = {}
    for candidate in virtual:
        position = 0
        for index, base in enumerate(mro):
            try:
                if issubclass(base, candidate):
                    position = index
            except TypeError:
                pass
        slots.setdefault(position, []).append(candidate)

    for index, base in enumerate(mro):
        if base in registry:
            return registry[base]
        group = slots.get(index)
        if not group:
            continue
        # Within a slot, the most derived candidate wins; it must be a
        # subclass of every other candidate there.
        best = None
        for candidate in group:
            if best is None or issubclass(candidate, best):
                best = candidate
        for candidate in group:
            if candidate is not best and not issubclass(best, candidate):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(
                    best, candidate))
        return registry[best]
    return None


def _is_union(annotation):
    try:
        union_type = type(int | str)
    except TypeError:
        return False
    return isinstance(annotation, union_type)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(arg, type)
                                  for arg in cls.__args__)


def _resolve_string_annotation(func, text):
    # Evaluate a (possibly dotted) name in the function's globals or the
    # builtins; general expressions would need eval().
    parts = text.split('.')
    if not all(part.isidentifier() for part in parts):
        raise NotImplementedError(
            'singledispatch: string annotation %r (needs eval)' % text)
    namespace = getattr(func, '__globals__', {})
    if parts[0] in namespace:
        value = namespace[parts[0]]
    else:
        import builtins
        try:
            value = getattr(builtins, parts[0])
        except AttributeError:
            raise NameError('name %r is not defined' % parts[0]) from None
    for part in parts[1:]:
        value = getattr(value, part)
    return value


_NO_TOKEN = object()
_token_source = []      # [] = not looked up yet; [None] = unavailable


def _cache_token():
    """abc.get_cache_token(), or _NO_TOKEN if the abc module lacks it.

    The token changes whenever an ABC registration happens, which may
    change dispatch results for classes already cached.
    """
    if not _token_source:
        try:
            from abc import get_cache_token
        except ImportError:
            get_cache_token = None
        _token_source.append(get_cache_token)
    getter = _token_source[0]
    if getter is None:
        return _NO_TOKEN
    return getter()


def singledispatch(func):
    """Turn func into a generic function choosing an implementation by
    the type of its first argument; add implementations with .register()."""
    registry = {}
    dispatch_cache = {}
    token = [None]

    def dispatch(cls):
        """The implementation that would handle an argument of type cls."""
        current = _cache_token()
        if current is _NO_TOKEN:
            # Cannot tell when ABC registrations change: never cache.
            return _find_impl(cls, registry)
        if token[0] != current:
            # ABC registrations changed: cached answers may be stale.
            dispatch_cache.clear()
            token[0] = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:           # unhashable "class"
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Add func as the implementation for cls (or, used as a plain
        decorator, for the annotation of func's first parameter)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    'Invalid first argument to `register()`. '
                    '{!r} is not a class or union type.'.format(cls))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: {!r}. '
                    'Use either `@register(some_class)` or plain '
                    '`@register` on an annotated function.'.format(cls))
            func = cls
            # The first annotated parameter (not the return annotation).
            argname = None
            for name, value in annotations.items():
                if name != 'return':
                    argname, cls = name, value
                    break
            if argname is None:
                raise TypeError(
                    'Invalid first argument to `register()`: {!r}. '
                    'Use either `@register(some_class)` or plain '
                    '`@register` on an annotated function.'.format(func))
            if isinstance(cls, str):
                cls = _resolve_string_annotation(func, cls)
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(
                        'Invalid annotation for {!r}. {!r} not all arguments '
                        'are classes.'.format(argname, cls))
                raise TypeError('Invalid annotation for {!r}. {!r} is not a '
                                'class.'.format(argname, cls))
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional '
                            'argument'.format(funcname))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _ReadOnlyDict(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class _ReadOnlyDict:
    """Read-only live view of a dict (stands in for types.MappingProxyType)."""
    __slots__ = ('_data',)

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        return self._data == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._data,)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(
                func))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register a method for the given class (or by annotation)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            if not args:
                raise TypeError('{} requires at least 1 positional '
                                'argument'.format(name))
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        name = getattr(self.func, '__name__', 'singledispatchmethod method')
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------------------
# cached_property
# ---------------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """Property whose value is computed once and then stored in the
    instance __dict__ (so later lookups bypass the descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _new_rlock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names ({!r} and {!r}).'.format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            cache = None
        if cache is None:
            raise TypeError(
                "No '__dict__' attribute on {!r} instance to cache {!r} "
                'property.'.format(type(instance).__name__, self.attrname))
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            with self.lock:
                # Another thread may have filled it while we waited.
                value = cache.get(self.attrname, _NOT_FOUND)
                if value is _NOT_FOUND:
                    value = self.func(instance)
                    try:
                        cache[self.attrname] = value
                    except TypeError:
                        raise TypeError(
                            "The '__dict__' attribute on {!r} instance does "
                            'not support item assignment for caching {!r} '
                            'property.'.format(type(instance).__name__,
                                               self.attrname)) from None
        return value
