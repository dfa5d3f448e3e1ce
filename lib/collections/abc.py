"""Abstract base classes describing container interfaces.

Two ways make a class count as an instance of one of these ABCs:

* structural recognition: the "one-method" ABCs (Iterable, Sized, Hashable,
  ...) define __subclasshook__, which accepts any class providing the
  required special methods;
* explicit registration with ABC.register(); the built-in types are
  registered at the end of this module.

Classes deriving from the richer ABCs (Sequence, Mapping, Set, ...) only
have to implement the abstract methods and inherit the rest as mixins.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


def _implements(C, *names):
    """__subclasshook__ helper.

    True when every name is provided by some class of C's MRO, and the
    nearest provider does not set it to None (setting a special method to
    None, as in `__hash__ = None`, opts out of the protocol).  Otherwise
    NotImplemented, so that the normal subclass machinery decides.
    """
    for name in names:
        for klass in C.__mro__:
            namespace = klass.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(abc_class, *names):
    """Build a __subclasshook__ that checks `names`, but only when invoked
    for abc_class itself (subclasses of the ABC fall back to normal
    inheritance and registration)."""
    def __subclasshook__(cls, C):
        if cls is abc_class[0]:
            return _implements(C, *names)
        return NotImplemented
    return classmethod(__subclasshook__)


def _throw_into(typ, val, tb):
    # Default body of the abstract throw()/athrow(): raise the exception
    # described by the (type, value, traceback) triple.
    if val is None:
        val = typ if tb is None else typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# Each hook needs the class object, which only exists after the class
# statement; a one-element list is filled in right after each definition.

_Hashable = [None]
_Awaitable = [None]
_Coroutine = [None]
_AsyncIterable = [None]
_AsyncIterator = [None]
_AsyncGenerator = [None]
_Iterable = [None]
_Iterator = [None]
_Reversible = [None]
_Generator = [None]
_Sized = [None]
_Container = [None]
_Collection = [None]
_Callable = [None]


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _hook(_Hashable, '__hash__')

_Hashable[0] = Hashable


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _hook(_Awaitable, '__await__')

_Awaitable[0] = Awaitable


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; returns what it yields next, or
        raises StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point."""
        _throw_into(typ, val, tb)

    def close(self):
        """Finish the coroutine by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('coroutine ignored GeneratorExit')

    __subclasshook__ = _hook(_Coroutine, '__await__', 'send', 'throw',
                             'close')

_Coroutine[0] = Coroutine


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _hook(_AsyncIterable, '__aiter__')

_AsyncIterable[0] = AsyncIterable


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """Return an awaitable producing the next item (the awaitable
        raises StopAsyncIteration at the end)."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _hook(_AsyncIterator, '__anext__', '__aiter__')

_AsyncIterator[0] = AsyncIterator


class _CloseAwaitable:
    """Awaitable returned by AsyncGenerator.aclose(): throws GeneratorExit
    into the generator and expects it to finish.  (Written without async
    syntax; awaiting it behaves like awaiting an async method.)"""

    def __init__(self, agen):
        self.agen = agen

    def __await__(self):
        try:
            yield from self.agen.athrow(GeneratorExit).__await__()
        except (GeneratorExit, StopAsyncIteration):
            return None
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        """Awaitable for the next item: the same as asend(None)."""
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Return an awaitable that resumes the generator with value."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Return an awaitable that raises an exception at the generator's
        suspension point."""
        _throw_into(typ, val, tb)

    def aclose(self):
        """Return an awaitable that finishes the generator by raising
        GeneratorExit inside it."""
        return _CloseAwaitable(self)

    __subclasshook__ = _hook(_AsyncGenerator, '__aiter__', '__anext__',
                             'asend', 'athrow', 'aclose')

_AsyncGenerator[0] = AsyncGenerator


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    __subclasshook__ = _hook(_Iterable, '__iter__')

_Iterable[0] = Iterable


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Produce the next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _hook(_Iterator, '__iter__', '__next__')

_Iterator[0] = Iterator


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    __subclasshook__ = _hook(_Reversible, '__reversed__', '__iter__')

_Reversible[0] = Reversible


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Produce the next item by sending None into the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; returns what it yields next, or
        raises StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _throw_into(typ, val, tb)

    def close(self):
        """Finish the generator by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('generator ignored GeneratorExit')

    __subclasshook__ = _hook(_Generator, '__iter__', '__next__', 'send',
                             'throw', 'close')

_Generator[0] = Generator


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _hook(_Sized, '__len__')

_Sized[0] = Sized


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _hook(_Container, '__contains__')

_Container[0] = Container


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _hook(_Collection, '__len__', '__iter__',
                             '__contains__')

_Collection[0] = Collection


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _hook(_Callable, '__call__')

_Callable[0] = Callable


# --- sets -----------------------------------------------------------------------

class Set(Collection):
    """Read-only set interface.

    Subclasses implement __contains__, __iter__ and __len__; subset
    comparisons and the &, |, -, ^ operators come from the mixins.  New
    sets produced by the operators are built by the _from_iterable()
    classmethod, which calls the class on an iterable unless overridden.
    """
    __slots__ = ()

    def _all_in(self, other):
        # Every element of self is an element of other.
        return all(element in other for element in self)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and self._all_in(other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self._all_in(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and all(e in self for e in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self._all_in(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a new set of this class from an iterable (override when the
        constructor has a different signature)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for e in other if e in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if self and other have no element in common."""
        return not any(e in self for e in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented

        def union():
            yield from self
            yield from other
        return self._from_iterable(union())

    __ror__ = __or__

    def _as_set(self, other):
        # Right operand of -, ^: any iterable, converted when not a Set.
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(e for e in self if e not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(e for e in other if e not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash independent of iteration order, for immutable subclasses
        that set __hash__ = Set._hash."""
        return hash(frozenset(self))


class MutableSet(Set):
    """Mutable set interface: subclasses also implement add() and
    discard()."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value if present; no error when it is absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; KeyError when it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        for value in list(self):
            self.discard(value)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings -------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mapping interface.

    Subclasses implement __getitem__, __iter__ and __len__; get(),
    __contains__, keys(), items(), values() and == come from the mixins.
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Mappings are not reversible unless a subclass says otherwise.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """Mutable mapping interface: subclasses also implement __setitem__
    and __delitem__; pop, popitem, clear, update and setdefault come from
    the mixins."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; default (or KeyError) when
        absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Merge in a mapping, an object with keys(), or an iterable of
        pairs, then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first storing default there if key is absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# --- sequences ------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence interface.

    Subclasses implement __getitem__ (for integer indexes, raising
    IndexError past the end) and __len__.
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        index = 0
        while True:
            try:
                item = self[index]
            except IndexError:
                return
            yield item
            index += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for index in range(len(self) - 1, -1, -1):
            yield self[index]

    def index(self, value, start=0, stop=None):
        """Position of the first occurrence of value within [start, stop);
        ValueError if there is none.  Negative bounds count from the end."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """Number of occurrences of value."""
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total


class ByteString(Sequence):
    """Common ABC of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """Mutable sequence interface: subclasses also implement __setitem__,
    __delitem__ and insert()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append every item of values."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- registration of the built-in types -----------------------------------------

def _register(abc_class, *types):
    for kind in types:
        if kind is not None:
            abc_class.register(kind)


import builtins as _builtins
# Built-in types an interpreter might not provide are skipped.
_memoryview = getattr(_builtins, 'memoryview', None)
_bytearray = getattr(_builtins, 'bytearray', None)


def _generator():
    yield


_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())

_register(Set, frozenset)
_register(MutableSet, set)
_register(MutableMapping, dict)
_register(Mapping, type(type.__dict__))            # mappingproxy
_register(Sequence, tuple, str, range, _memoryview)
_register(ByteString, bytes, _bytearray)
_register(MutableSequence, list, _bytearray)
_register(KeysView, _dict_keys)
_register(ValuesView, _dict_values)
_register(ItemsView, _dict_items)
_register(Reversible, _dict_keys, _dict_values, _dict_items)
_register(Iterator, *{type(it) for it in (
    iter(b''), iter(_bytearray() if _bytearray else b''), iter(''), iter(()), iter([]),
    iter(reversed([])), iter(range(0)),
    iter(set()), iter({}), iter({}.keys()), iter({}.values()),
    iter({}.items()), iter(zip()), map(None, ()), filter(None, ()),
    enumerate(()), reversed(()))})
try:
    _register(Iterator, type(iter(range(1 << 100))))   # longrange_iterator
except OverflowError:
    pass                                               # pygil: range is i64-bounded
_register(Generator, type(_generator()))
_register(Callable, type(len), type(_generator))


# Coroutine and async generator objects are recognised structurally by
# the __subclasshook__s of Coroutine and AsyncGenerator (this module avoids
# async syntax so that it does not depend on it).

del (_register, _generator, _dict_keys, _dict_values,
     _dict_items, _builtins, _memoryview, _bytearray)
