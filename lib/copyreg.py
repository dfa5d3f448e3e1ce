"""Helpers for pickle and copy: the registry of reduction functions, the
constructors that object.__reduce_ex__ names in its results, and the
extension-code registry of pickle protocol 2.

dispatch_table maps a type to a function f(obj) returning a __reduce__
value; pickle consults it before the object's own __reduce_ex__.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is only checked, as in CPython (it once marked the
    # callable safe to unpickle).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


# ---- rebuilding instances --------------------------------------------------

def __newobj__(cls, *args):
    """Protocol 2's NEWOBJ: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4's NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an instance described by _reduce_ex (protocols 0 and 1):
    cls is the instance's class, base its nearest built-in base, and state
    the value of base that it carries (None when base is object)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9     # type.__flags__: defined by a class statement


def _builtin_base(cls):
    # The first class along the MRO that is not defined in Python.
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            return base
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: rebuild with
    _reconstructor from the class, its built-in base and that base's
    value, then restore the state."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        base_value = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        base_value = base(self)
    args = (cls, base, base_value)
    getstate = getattr(self, '__getstate__', None)
    if getstate is None:
        if getattr(self, '__slots__', None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled "
                            "with protocol %d" % proto)
        state = getattr(self, '__dict__', None)
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, '__slots__', None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names
    mangled, __dict__ and __weakref__ left out), cached in
    cls.__slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__')
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = '_%s%s' % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass            # a class that refuses new attributes
    return names


# ---- the extension registry (protocol 2's EXT1/EXT2/EXT4) -----------------
# Codes are shared by all picklers of a site; never reuse one for another
# object.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register (module, name) under the extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return                          # already registered this way
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
