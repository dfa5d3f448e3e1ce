"""Classes whose instances the pickle tests round-trip. Both python3 and
pygil import this module by the same name, so the pickles refer to
pk_classes.<qualname>."""

import copyreg


class Plain:
    def __init__(self, a=1, b='two'):
        self.a = a
        self.b = b


class Empty:
    pass


class Slotted:
    __slots__ = ('x', 'y', '__hidden')

    def __init__(self, x=None, y=None, hidden=None):
        if x is not None:
            self.x = x
        if y is not None:
            self.y = y
        if hidden is not None:
            self.__hidden = hidden


class SlottedChild(Slotted):
    """Slots from the base plus an instance __dict__."""

    def __init__(self, x, extra):
        Slotted.__init__(self, x=x)
        self.extra = extra


class WithState:
    def __init__(self, value):
        self.value = value
        self.cache = 'not pickled'

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.value = state['value']
        self.cache = 'rebuilt'


class TupleState:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, state):
        self.a, self.b = state


class FalsyState:
    """__getstate__ returns a false value (only None skips BUILD)."""

    def __init__(self):
        self.x = 5

    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        self.x = ('restored', state)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


def _make_singleton():
    return SINGLETON


class Singleton:
    def __reduce__(self):
        return 'SINGLETON'


SINGLETON = Singleton()


class ByProtocol:
    def __init__(self, tag=None):
        self.tag = tag

    def __reduce_ex__(self, protocol):
        return (ByProtocol, ('p%d' % protocol,))


class NewArgs:
    """__new__ needs its arguments: __getnewargs__ supplies them."""

    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self

    def __getnewargs__(self):
        return (self.x, self.y)


class NewArgsEx:
    def __new__(cls, x, *, scale=1):
        self = object.__new__(cls)
        self.x, self.scale = x, scale
        return self

    def __getnewargs_ex__(self):
        return (self.x,), {'scale': self.scale}


class NewArgsExNoKw:
    def __new__(cls, x):
        self = object.__new__(cls)
        self.x = x
        return self

    def __getnewargs_ex__(self):
        return (self.x,), {}


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class Outer:
    class Inner:
        class Deeper:
            def __init__(self, v=0):
                self.v = v

        def __init__(self, v=0):
            self.v = v

    def method(self):
        return 'method'

    @classmethod
    def cmethod(cls):
        return cls.__name__

    @staticmethod
    def smethod():
        return 'static'


def function(x):
    return x


class WithItems:
    """A __reduce__ with listitems and dictitems iterators."""

    def __init__(self):
        self.items = []
        self.mapping = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.mapping[k] = v

    def __reduce__(self):
        return (WithItems, (), None, iter(self.items),
                iter(self.mapping.items()))


def set_state(obj, state):
    obj.restored = state


class WithSetter:
    def __init__(self, restored=None):
        self.restored = restored

    def __reduce__(self):
        return (WithSetter, (), 'the state', None, None, set_state)


class Registered:
    """Pickled through copyreg.dispatch_table."""

    def __init__(self, n):
        self.n = n


def _reduce_registered(obj):
    return (Registered, (obj.n * 10,))


copyreg.pickle(Registered, _reduce_registered)


class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.code = code


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __getstate__(self):
        return (self.x, self.y)

    def __setstate__(self, state):
        self.x, self.y = state


class NotPicklable:
    def __reduce__(self):
        raise TypeError('NotPicklable refuses')


class BadReduce:
    def __reduce__(self):
        return 42
