"""Generic (shallow and deep) copying operations.

copy(x)            -- shallow copy: a new container holding the same items
deepcopy(x[, memo]) -- deep copy: items are copied recursively; memo maps
                       id(original) -> copy so shared and cyclic
                       references are preserved

Classes control copying with __copy__() and __deepcopy__(memo).  Otherwise
an object is rebuilt from its pickle description: the reduction function
registered in copyreg.dispatch_table, else x.__reduce_ex__(4) -- a tuple
(callable, args[, state[, listitems[, dictitems]]]) -- and, for a deep
copy, every piece is deep-copied on the way.
"""

from copyreg import dispatch_table
from _weakref import ref as _WeakRefType

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
           type(NotImplemented), _WeakRefType}
if _CodeType is not type(None):
    _ATOMIC.add(_CodeType)
# Immutable containers: a shallow copy is the object itself.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}


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
    if cls is _MethodType:
        return cls(x.__func__, x.__self__)
    reduced = _reduce(x, cls, 'un(shallow)copyable')
    if isinstance(reduced, str):
        return x                # a global name: the object is a singleton
    return _reconstruct(x, None, *reduced)


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
            reduced = _reduce(x, cls, 'un(deep)copyable')
            if isinstance(reduced, str):
                result = x
            else:
                result = _reconstruct(x, memo, *reduced)

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


def _reduce(x, cls, what):
    """The pickle description of x: copyreg's reduction function for its
    class, else its __reduce_ex__(4)."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        return method(4)
    method = getattr(x, '__reduce__', None)
    if method is not None:
        return method()
    raise Error('%s object of type %s' % (what, cls))


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    """Re-create x from the pieces of its reduce value (deep-copying them
    when memo is not None)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    result = func(*args)
    if deep:
        memo[id(x)] = result
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(result, '__setstate__'):
            result.__setstate__(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state is not None:
                result.__dict__.update(state)
            if slot_values is not None:
                for name, value in slot_values.items():
                    setattr(result, name, value)
    if listiter is not None:
        for item in listiter:
            result.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            result[key] = value
    return result
