"""Generic (shallow and deep) copying operations.

copy(x)            -- shallow copy: a new container holding the same items
deepcopy(x[, memo]) -- deep copy: items are copied recursively; memo maps
                       id(original) -> copy so shared and cyclic
                       references are preserved

Classes control copying with __copy__() and __deepcopy__(memo).  Otherwise
a class that defines its own __reduce_ex__ or __reduce__ is rebuilt from
that description; any other instance is recreated with cls.__new__(cls)
(using __getnewargs_ex__/__getnewargs__ when defined) and gets a copy of
its state: __getstate__()/__setstate__() when defined, else its __dict__
and __slots__ values.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error       # backward-compatible alias


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_BuiltinType = type(len)
_MethodType = type(_Probe().method)
_CodeType = type(getattr(_function, '__code__', None))

# Types whose instances are immutable (or identity-like): both kinds of
# copy return the object itself.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type,
           range, _BuiltinType, _FunctionType, property, type(Ellipsis),
           type(NotImplemented)}
if _CodeType is not type(None):
    _ATOMIC.add(_CodeType)
# Immutable containers: a shallow copy is the object itself.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}

# Immutable built-in bases whose value must be passed to __new__ when
# re-creating an instance of a subclass.
_VALUE_BASES = (bool, int, float, complex, str, bytes, tuple, frozenset)

_object_reduce = getattr(object, '__reduce__', None)
_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_getstate = getattr(object, '__getstate__', None)


def copy(x):
    """Return a shallow copy of x (see the module documentation)."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x (see the module documentation); memo is
    the id -> copy dictionary shared by recursive calls."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found

    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        result = x
    elif cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may already have produced its copy.
        if key in memo:
            return memo[key]
        if all(new is old for new, old in zip(items, x)):
            result = x
        else:
            result = tuple(items)
    elif cls is set or cls is frozenset:
        result = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        result = bytearray(x)
    elif cls is slice:
        result = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                       deepcopy(x.step, memo))
    elif cls is _MethodType:
        result = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            result = copier(memo)
        else:
            result = _rebuild(x, cls, memo)

    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Keep x alive while memo is in use, so that its id cannot be reused
    by another object during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _custom_reduce(x, cls):
    """The reduce value of x if its class defines its own reduction."""
    method = getattr(cls, '__reduce_ex__', None)
    if method is not None and method is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    method = getattr(cls, '__reduce__', None)
    if method is not None and method is not _object_reduce:
        return x.__reduce__()
    return None


def _rebuild(x, cls, memo):
    """Copy an instance without __copy__/__deepcopy__ (deep if memo is not
    None)."""
    reduced = _custom_reduce(x, cls)
    if reduced is not None:
        if isinstance(reduced, str):
            return x            # a global name: the object is a singleton
        if not isinstance(reduced, tuple) or not 2 <= len(reduced) <= 6:
            raise Error('un%scopyable object of type %s'
                        % ('deep' if memo is not None else '(shallow)',
                           cls.__name__))
        return _reconstruct(x, memo, *reduced[:5])
    return _generic_copy(x, cls, memo)


def _new_arguments(x, cls):
    # Arguments for cls.__new__ when re-creating x.
    method = getattr(cls, '__getnewargs_ex__', None)
    if method is not None:
        args, kwargs = x.__getnewargs_ex__()
        return tuple(args), dict(kwargs)
    method = getattr(cls, '__getnewargs__', None)
    if method is not None:
        return tuple(x.__getnewargs__()), {}
    for base in _VALUE_BASES:
        if isinstance(x, base):
            return (base(x),), {}
    return (), {}


def _default_state(x, cls):
    """The state object.__getstate__() would report: the instance __dict__
    (or None), paired with a dict of __slots__ values when there are any."""
    try:
        instance_dict = x.__dict__
    except AttributeError:
        instance_dict = None
    state = dict(instance_dict) if instance_dict else None
    slot_values = {}
    for klass in getattr(cls, '__mro__', (cls,)):
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                # Private slot names are stored mangled.
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            try:
                slot_values[name] = getattr(x, name)
            except AttributeError:
                pass
    if slot_values:
        return (state, slot_values)
    return state


def _generic_copy(x, cls, memo):
    deep = memo is not None
    args, kwargs = _new_arguments(x, cls)
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    try:
        result = cls.__new__(cls, *args, **kwargs)
    except TypeError as exc:
        raise Error('un%scopyable object of type %s'
                    % ('deep' if deep else '(shallow)', cls.__name__)) from exc
    if deep:
        memo[id(x)] = result

    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)

    list_items = dict_items = None
    if isinstance(x, list):
        list_items = iter(x)
    elif isinstance(x, dict):
        dict_items = iter(x.items())
    elif isinstance(x, (set, bytearray)):
        contents = list(x) if isinstance(x, set) else x
        if deep and isinstance(x, set):
            contents = [deepcopy(item, memo) for item in contents]
        if isinstance(x, set):
            set.update(result, contents)
        else:
            bytearray.extend(result, contents)
    _apply_state(result, state, memo, list_items, dict_items)
    return result


def _apply_state(result, state, memo, list_items=None, dict_items=None):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(result, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state:
                result.__dict__.update(state)
            if slot_values:
                for name, value in slot_values.items():
                    setattr(result, name, value)
    if list_items is not None:
        for item in list_items:
            result.append(deepcopy(item, memo) if deep else item)
    if dict_items is not None:
        for k, v in dict_items:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            result[k] = v


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    """Re-create x from the pieces of a __reduce__ value."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    result = func(*args)
    if deep:
        memo[id(x)] = result
    _apply_state(result, state, memo, listiter, dictiter)
    return result
