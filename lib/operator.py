"""Operators as functions: operator.add(x, y) is x + y, and so on.

Also provides itemgetter, attrgetter and methodcaller, plus the dunder
aliases (__add__ = add, ...) that CPython's module exposes.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

# The builtin abs() is shadowed by our own abs() below.
_builtin_abs = abs


# --- comparisons --------------------------------------------------------

def lt(a, b):
    "Return a < b."
    return a < b

def le(a, b):
    "Return a <= b."
    return a <= b

def eq(a, b):
    "Return a == b."
    return a == b

def ne(a, b):
    "Return a != b."
    return a != b

def ge(a, b):
    "Return a >= b."
    return a >= b

def gt(a, b):
    "Return a > b."
    return a > b


# --- logical ------------------------------------------------------------

def not_(a):
    "Return not a."
    return not a

def truth(a):
    "Return bool(a)."
    return True if a else False

def is_(a, b):
    "Return a is b."
    return a is b

def is_not(a, b):
    "Return a is not b."
    return a is not b


# --- arithmetic and bitwise ---------------------------------------------

def abs(a):
    "Return abs(a)."
    return _builtin_abs(a)

def add(a, b):
    "Return a + b."
    return a + b

def and_(a, b):
    "Return a & b."
    return a & b

def floordiv(a, b):
    "Return a // b."
    return a // b

def _type_name(obj):
    return type(obj).__name__

def index(a):
    "Return a converted with its __index__ method."
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(a)) from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % _type_name(result))
    return result

def inv(a):
    "Return ~a."
    return ~a

invert = inv

def lshift(a, b):
    "Return a << b."
    return a << b

def mod(a, b):
    "Return a % b."
    return a % b

def mul(a, b):
    "Return a * b."
    return a * b

def matmul(a, b):
    "Return a @ b."
    return a @ b

def neg(a):
    "Return -a."
    return -a

def or_(a, b):
    "Return a | b."
    return a | b

def pos(a):
    "Return +a."
    return +a

def pow(a, b):
    "Return a ** b."
    return a ** b

def rshift(a, b):
    "Return a >> b."
    return a >> b

def sub(a, b):
    "Return a - b."
    return a - b

def truediv(a, b):
    "Return a / b."
    return a / b

def xor(a, b):
    "Return a ^ b."
    return a ^ b


# --- sequences ----------------------------------------------------------

def _is_sequence_like(obj):
    # A "sequence" for concatenation purposes: indexable and not a dict.
    return hasattr(type(obj), '__getitem__') and not isinstance(obj, dict)

# Types that implement sequence concatenation themselves.
_CONCAT_TYPES = (str, bytes, bytearray, list, tuple)

def _check_concat(a, b):
    if isinstance(a, _CONCAT_TYPES):
        return
    if not (_is_sequence_like(a) and _is_sequence_like(b)):
        raise TypeError("'%s' object can't be concatenated" % _type_name(a))

def concat(a, b):
    "Return a + b for sequences a and b."
    _check_concat(a, b)
    return a + b

def contains(a, b):
    "Return b in a (note reversed operands)."
    return b in a

def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % _type_name(a)) from None

def countOf(a, b):
    "Count the items of a that are (or equal) b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count

def delitem(a, b):
    "Perform del a[b]."
    del a[b]

def getitem(a, b):
    "Return a[b]."
    return a[b]

def indexOf(a, b):
    "Return the first index of b in a."
    position = 0
    for item in _iterate(a):
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Perform a[b] = c."
    a[b] = c

def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    Tries len(obj), then obj.__length_hint__(), then returns default.
    The result is always an integer >= 0.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(default))
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % _type_name(value))
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# --- calling ------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Return obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# --- in-place operators ------------------------------------------------

def iadd(a, b):
    "Perform a += b and return a."
    a += b
    return a

def iand(a, b):
    "Perform a &= b and return a."
    a &= b
    return a

def iconcat(a, b):
    "Perform a += b for sequences a and b, and return a."
    _check_concat(a, b)
    a += b
    return a

def ifloordiv(a, b):
    "Perform a //= b and return a."
    a //= b
    return a

def ilshift(a, b):
    "Perform a <<= b and return a."
    a <<= b
    return a

def imod(a, b):
    "Perform a %= b and return a."
    a %= b
    return a

def imul(a, b):
    "Perform a *= b and return a."
    a *= b
    return a

def imatmul(a, b):
    "Perform a @= b and return a."
    a @= b
    return a

def ior(a, b):
    "Perform a |= b and return a."
    a |= b
    return a

def ipow(a, b):
    "Perform a **= b and return a."
    a **= b
    return a

def irshift(a, b):
    "Perform a >>= b and return a."
    a >>= b
    return a

def isub(a, b):
    "Perform a -= b and return a."
    a -= b
    return a

def itruediv(a, b):
    "Perform a /= b and return a."
    a /= b
    return a

def ixor(a, b):
    "Perform a ^= b and return a."
    a ^= b
    return a


# --- callable object factories -----------------------------------------

class attrgetter:
    """Return a callable object that fetches the given attribute(s).

    attrgetter('name')(r) is r.name; attrgetter('a.b')(r) is r.a.b;
    with several names the callable returns a tuple.
    """
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        # Pre-split dotted names into their components.
        self._paths = tuple(tuple(name.split('.')) for name in names)

    @staticmethod
    def _resolve(obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj, /):
        paths = self._paths
        if len(paths) == 1:
            return self._resolve(obj, paths[0])
        return tuple(self._resolve(obj, path) for path in paths)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return (type(self), self._attrs)


class itemgetter:
    """Return a callable object that fetches the given item(s).

    itemgetter(1)(r) is r[1]; itemgetter(1, 2)(r) is (r[1], r[2]).
    """
    __slots__ = ('_items',)

    def __init__(self, item, /, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[i] for i in items)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return (type(self), self._items)


class methodcaller:
    """Return a callable object that calls the given method on its operand.

    methodcaller('name', 1, k=2)(r) is r.name(1, k=2).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(a) for a in self._args)
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        # Keyword arguments cannot be passed positionally: bind them with
        # a partial object instead.
        from functools import partial
        return (partial(type(self), self._name, **self._kwargs),
                self._args)


# --- dunder aliases -------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
