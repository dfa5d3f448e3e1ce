"""Container datatypes.

deque        list-like container with fast appends and pops on either end
defaultdict  dict subclass that calls a factory to supply missing values
Counter      dict subclass for counting hashable objects
OrderedDict  dict subclass with order-aware equality and reordering methods
namedtuple   factory for tuple subclasses with named fields
ChainMap     dict-like view over several mappings searched in order
UserDict, UserList, UserString
             wrappers around dict, list and str that are easy to subclass
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from collections.abc import (Mapping as _Mapping,
                             MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence,
                             Sequence as _Sequence)
from collections import abc       # collections.abc is a public attribute
from keyword import iskeyword as _iskeyword
from reprlib import recursive_repr as _recursive_repr

try:
    from _thread import get_ident as _get_ident
    from _thread import allocate_lock as _allocate_lock
except ImportError:
    def _get_ident():
        return 0

    class _allocate_lock:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False


def _index_of(value, message=None):
    """Integer value of an index argument (objects with __index__ too).

    TypeError(message) if value is not an integer; the default message is
    the usual "'X' object cannot be interpreted as an integer".
    """
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        if message is None:
            message = ("'%s' object cannot be interpreted as an integer"
                       % type(value).__name__)
        raise TypeError(message)
    return method(value)


################################################################################
# deque
################################################################################

_DEQUE_MUTATED = 'deque mutated during iteration'


class deque:
    """Double-ended queue: deque(iterable=(), maxlen=None).

    Fast appends and pops at both ends; with maxlen, adding items to a full
    deque discards items from the opposite end.

    Items live in a circular buffer: `_buf` is a list whose length is the
    capacity, `_head` the buffer index of the leftmost item and `_size` the
    number of items.  Appends and pops at both ends are O(1) (amortised when
    the buffer has to grow).  `_state` counts mutations so that iterators
    can detect changes made while they run.

    CPython's deque is written in C, so append, appendleft, pop, popleft,
    clear and rotate are atomic under its GIL, and threaded code relies on
    that (queue.SimpleQueue, producer/consumer deques).  Here they are
    Python code, which the GIL may preempt between any two instructions;
    `_lock` makes them atomic all the same.  It is held only around buffer
    updates that run no user code, so it cannot deadlock.
    """

    __slots__ = ('_buf', '_head', '_size', '_maxlen', '_state', '_lock')
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                if not hasattr(type(maxlen), '__index__'):
                    raise TypeError('an integer is required')
                maxlen = type(maxlen).__index__(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if not hasattr(self, '_lock'):
            self._lock = _allocate_lock()
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = getattr(self, '_state', 0) + 1
        self.extend(iterable)

    # -- buffer management ---------------------------------------------------

    def _touch(self):
        self._state += 1

    def _grow(self):
        # Double the capacity, unrolling the items to the start.
        items = self._items()
        self._buf = items + [None] * max(8, len(items))
        self._head = 0

    def _items(self):
        """The items, left to right, as a new list."""
        buf = self._buf
        start = self._head
        stop = start + self._size
        if stop <= len(buf):
            return buf[start:stop]
        return buf[start:] + buf[:stop - len(buf)]

    def _load(self, items):
        """Replace the contents by the list `items` (no maxlen check)."""
        self._buf = items + [None] * max(8, len(items))
        self._head = 0
        self._size = len(items)
        self._touch()

    def _slot(self, index):
        # Buffer position of item number `index` (0 <= index < _size).
        position = self._head + index
        capacity = len(self._buf)
        if position >= capacity:
            position -= capacity
        return position

    def _check_index(self, index):
        if not isinstance(index, int):
            method = getattr(type(index), '__index__', None)
            if method is None:
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
            index = method(index)
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError('deque index out of range')
        return index

    # -- ends ----------------------------------------------------------------

    def append(self, x, /):
        """Add x at the right end."""
        with self._lock:
            self._append(x)

    def appendleft(self, x, /):
        """Add x at the left end."""
        with self._lock:
            self._appendleft(x)

    def _append(self, x):
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        position = self._head + self._size
        if position >= len(buf):
            position -= len(buf)
        buf[position] = x
        self._size += 1
        self._state += 1

    def _appendleft(self, x):
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        if self._size == len(self._buf):
            self._grow()
        head = self._head - 1
        if head < 0:
            head += len(self._buf)
        self._buf[head] = x
        self._head = head
        self._size += 1
        self._state += 1

    def _pop(self):
        position = self._slot(self._size - 1)
        value = self._buf[position]
        self._buf[position] = None
        self._size -= 1
        self._state += 1
        return value

    def _popleft(self):
        head = self._head
        buf = self._buf
        value = buf[head]
        buf[head] = None
        head += 1
        self._head = 0 if head == len(buf) else head
        self._size -= 1
        self._state += 1
        return value

    def pop(self):
        """Remove and return the item at the right end."""
        with self._lock:
            if not self._size:
                raise IndexError('pop from an empty deque')
            return self._pop()

    def popleft(self):
        """Remove and return the item at the left end."""
        with self._lock:
            if not self._size:
                raise IndexError('pop from an empty deque')
            return self._popleft()

    def extend(self, iterable, /):
        """Append every item of iterable at the right end."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable, /):
        """Append every item of iterable at the left end (so they end up
        in reverse order)."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        """Make the deque empty."""
        with self._lock:
            self._buf = [None] * 8
            self._head = 0
            self._size = 0
            self._touch()

    def rotate(self, n=1, /):
        """Move the last n items to the front (n < 0: the first -n items
        to the back)."""
        n = _index_of(n)
        with self._lock:
            size = self._size
            if size <= 1:
                return
            n %= size
            if n == 0:
                return
            # Move whichever part is shorter, one item at a time (O(1) each).
            if n <= size - n:
                for _ in range(n):
                    self._appendleft(self._pop())
            else:
                for _ in range(size - n):
                    self._append(self._popleft())

    # -- searching and editing in the middle ------------------------------------

    def count(self, value, /):
        """How many items equal value."""
        total = 0
        for item in self._iterate():
            if item is value or item == value:
                total += 1
        return total

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Position of the first item equal to value within [start, stop);
        ValueError if there is none."""
        size = self._size
        bad_index = ('slice indices must be integers or have an __index__ '
                     'method')
        start = _index_of(start, bad_index)
        stop = _index_of(stop, bad_index)
        if start < 0:
            start = max(0, start + size)
        if stop < 0:
            stop = max(0, stop + size)
        stop = min(stop, size)
        state = self._state
        for position in range(start, stop):
            item = self._buf[self._slot(position)]
            if item is value or item == value:
                return position
            if self._state != state:
                raise RuntimeError(_DEQUE_MUTATED)
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Put value in front of position index (maxlen permitting)."""
        index = _index_of(index)
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        size = self._size
        if index >= size:
            self.append(value)
        elif index <= -size or index == 0:
            self.appendleft(value)
        else:
            items = self._items()
            items.insert(index, value)
            self._load(items)

    def remove(self, value, /):
        """Delete the first item equal to value; ValueError if none."""
        state = self._state
        for position in range(self._size):
            item = self._buf[self._slot(position)]
            found = item is value or item == value
            if self._state != state:
                raise IndexError('deque mutated during remove().')
            if found:
                del self[position]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse the order of the items, in place."""
        items = self._items()
        items.reverse()
        self._load(items)

    # -- sequence protocol ---------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        return self._buf[self._slot(self._check_index(index))]

    def __setitem__(self, index, value):
        self._buf[self._slot(self._check_index(index))] = value

    def __delitem__(self, index):
        index = self._check_index(index)
        if index == 0:
            self._popleft()
        elif index == self._size - 1:
            self._pop()
        else:
            items = self._items()
            del items[index]
            self._load(items)

    def __contains__(self, value):
        for item in self._iterate():
            if item is value or item == value:
                return True
        return False

    def _iterate(self):
        # Left-to-right iteration that fails once the deque is mutated.
        state = self._state
        position = 0
        while True:
            if self._state != state:
                raise RuntimeError(_DEQUE_MUTATED)
            if position >= self._size:
                return
            yield self._buf[self._slot(position)]
            position += 1

    def __iter__(self):
        return self._iterate()

    def __reversed__(self):
        state = self._state
        position = self._size - 1
        while True:
            if self._state != state:
                raise RuntimeError(_DEQUE_MUTATED)
            if position < 0:
                return
            yield self._buf[self._slot(position)]
            position -= 1

    @property
    def maxlen(self):
        """The size limit given at creation, or None."""
        return self._maxlen

    # -- copying, pickling, repr ------------------------------------------------

    def copy(self):
        """A new deque (same class and maxlen) with the same items."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), ((), self._maxlen), state, iter(self._items()))

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)

    # -- operators -----------------------------------------------------------------

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index_of(n, "can't multiply sequence by non-int of type '%s'"
                      % type(n).__name__)
        if n <= 0 or not self._size:
            self.clear()
            return self
        if n == 1:
            return self
        items = self._items()
        if self._maxlen is not None:
            # Only the last maxlen items of the repetition survive.
            keep = min(len(items) * n, self._maxlen)
            items = self._last_of_repeat(items, n, keep)
        else:
            items = items * n
        self._load(items)
        return self

    @staticmethod
    def _last_of_repeat(items, n, keep):
        # The final `keep` items of items * n, without building it all.
        period = len(items)
        copies = min(n, keep // period + 2)
        block = items * copies
        return block[len(block) - keep:] if keep else []


_MutableSequence.register(deque)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass whose missing keys are filled in by a factory.

    defaultdict(default_factory=None, *args, **kwargs): looking up an absent
    key with d[key] stores and returns default_factory() (KeyError when the
    factory is None).  The other arguments are those of dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__,
                               _factory_repr(self.default_factory),
                               dict.__repr__(self))

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


@_recursive_repr('...')
def _factory_repr(factory):
    # Guards against a factory whose repr includes the defaultdict itself.
    return repr(factory)


################################################################################
# Counter
################################################################################

class Counter(dict):
    """A dict mapping elements to their counts (a multiset).

    Counting starts from an iterable or another mapping of counts; absent
    elements have a count of zero.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements count as zero."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest counts first, at most n of them
        (all when n is None); ties keep insertion order."""
        def by_count(pair):
            return pair[1]
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Each element repeated count times (non-positive counts give
        nothing), as an iterator."""
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting semantics would make fromkeys ambiguous.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per item of an
        iterable, then from keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    current = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + current(elem, 0)
                else:
                    # Fast path for an empty counter: copy the counts.
                    dict.update(self, iterable)
            else:
                current = self.get
                for elem in iterable:
                    self[elem] = current(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (the inverse of update()); counts may become
        zero or negative."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = current(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = current(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new counter of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Remove elem; absent elements are silently ignored."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        try:
            # Show the most common elements first.
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered: keep insertion order.
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # -- rich comparisons: missing elements count as zero -----------------------

    def _all_counts(self, other, test):
        for source in (self, other):
            for elem in source:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        """Equal counts for every element (absent = zero)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        """Some element has different counts (absent = zero)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Every count of self is <= the one in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        """self <= other and self != other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Every count of self is >= the one in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        """self >= other and self != other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts ------------------

    def _combine(self, other, merge):
        # Apply merge(count_in_self, count_in_other) to every element of
        # either counter (self's elements first, in order), keeping the
        # positive results.
        result = Counter()
        for elem, count in self.items():
            value = merge(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = merge(0, count)
                if value > 0:
                    result[elem] = value
        return result

    def __add__(self, other):
        """Sum of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """Difference of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """Maximum of the counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        """Minimum of the counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            value = count if count < other_count else other_count
            if value > 0:
                result[elem] = value
        return result

    def __pos__(self):
        """Copy without the elements whose count is not positive."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Negated counts, keeping the positive results."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Delete elements whose count is not positive; returns self."""
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        """In-place +."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """In-place -."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """In-place |."""
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """In-place &."""
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, compares order-sensitively
    with other OrderedDicts, and can reorder items (move_to_end,
    popitem(last=False)).

    Built on the insertion order that every dict keeps: only the operations
    that reorder items need work of their own.
    """

    def __init__(self, other=(), /, **kwds):
        self._update(other, **kwds)

    # MutableMapping.update goes through self[key] = value, so subclasses
    # overriding __setitem__ see every insertion.
    update = _update = _MutableMapping.update

    def popitem(self, last=True):
        """Remove and return the newest (last=True) or oldest item."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)       # dicts pop in LIFO order
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Reposition key as the newest (last=True) or oldest item;
        KeyError if absent."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # Moving to the front: re-insert everything after the key.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in rest:
            dict.__setitem__(self, other_key, other_value)

    def __reversed__(self):
        try:
            return reversed(dict.keys(self))
        except TypeError:           # dict views not reversible here
            return reversed(list(dict.keys(self)))

    _MARKER = object()

    def pop(self, key, default=_MARKER):
        """Remove key and return its value; default (or KeyError) if it is
        absent."""
        if default is OrderedDict._MARKER:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """self[key], after storing default there if key is absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr('...')
    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        return '%s(%r)' % (name, list(self.items()))

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, '__dict__') else {}
        return (self.__class__, (), state or None, None, iter(self.items()))

    def copy(self):
        """A new ordered dict of the same class with the same items."""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance mapping every key of iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """Equality: against another OrderedDict the order of the items
        matters too; against other mappings only the items."""
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for mine, theirs in zip(self, other):
                if not (mine is theirs or mine == theirs):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

class _FieldAlias:
    """Class attribute of a namedtuple that reads one tuple position."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self.index, self.__doc__)


def _quoted_names(names):
    # 'a'  /  'a' and 'b'  /  'a', 'b', and 'c'   (like CPython's messages)
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, field_names, defaults):
    """Build __new__ for a namedtuple (emulates a def with named params)."""
    count = len(field_names)
    first_default = count - len(defaults)
    qualname = typename + '.__new__'
    positions = {name: index for index, name in enumerate(field_names)}

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == count:
            return tuple.__new__(_cls, args)
        # Same order of checks as for a real def: keyword problems first,
        # then surplus positional arguments, then missing ones.
        values = list(args[:count]) + [_MISSING] * (count - len(args))
        for name, value in kwargs.items():
            index = positions.get(name)
            if index is None:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qualname, name))
            if values[index] is not _MISSING:
                raise TypeError('%s() got multiple values for argument %r'
                                % (qualname, name))
            values[index] = value
        if len(args) > count:
            given = len(args) + 1
            if defaults:
                raise TypeError(
                    '%s() takes from %d to %d positional arguments but %d '
                    'were given' % (qualname, first_default + 1, count + 1,
                                    given))
            raise TypeError(
                '%s() takes %d positional argument%s but %d were given'
                % (qualname, count + 1, '' if count == 0 else 's', given))
        missing = []
        for index in range(count):
            if values[index] is _MISSING:
                if index >= first_default:
                    values[index] = defaults[index - first_default]
                else:
                    missing.append(field_names[index])
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: '
                            '%s' % (qualname, len(missing),
                                    '' if len(missing) == 1 else 's',
                                    _quoted_names(missing)))
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (
        typename, ', '.join(field_names))
    return __new__


_MISSING = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Create a tuple subclass whose items are also named attributes.

    field_names: a sequence of names or one string of names separated by
    spaces and/or commas.  rename=True replaces invalid names by _0, _1...
    defaults apply to the rightmost fields; module sets __module__.

    >>> Pair = namedtuple('Pair', 'left right')
    >>> Pair(1, right=2)
    Pair(left=1, right=2)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
    else:
        defaults = ()
    field_defaults = dict(zip(field_names[len(field_names) - len(defaults):],
                              defaults))

    fields = tuple(field_names)
    count = len(fields)
    body = ', '.join('%s=%%r' % name for name in fields)
    repr_format = '(' + body + ')'

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError('Expected %d arguments, got %d'
                            % (count, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        """Name(field=value, ...)"""
        return self.__class__.__name__ + repr_format % tuple(self)

    def _asdict(self):
        """The fields as a new dict."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Arguments for __new__ when copying: the values as a tuple."""
        return tuple(self)

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % (
        typename)
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _make_new(typename, fields, defaults),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _FieldAlias(index, 'Alias for field number %d'
                                      % index)

    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    if module is None:
        module = _caller_module()
    namespace['__module__'] = module
    result = type(typename, (tuple,), namespace)
    return result


def _caller_module():
    # Module name of namedtuple()'s caller, when the interpreter can tell.
    getframe = getattr(_sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(2).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return '__main__'


################################################################################
# ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """A single mapping view over a list of mappings (self.maps).

    Reading looks through the maps in order and uses the first that has
    the key; writing and deleting only touch maps[0].
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of first appearance, scanning the last mapping
        # first (as if the maps were merged from last to first).
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Same class; maps[0] copied, the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A chain with m (default: a new dict, filled from the keyword
        arguments) placed in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A chain of every map except the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        """popitem() on maps[0]; KeyError when it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """pop() on maps[0]; KeyError when key is not there."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def clear(self):
        """Empty maps[0] only."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


################################################################################
# UserDict, UserList, UserString
################################################################################

def _copy_wrapper(self, attribute, fresh):
    # __copy__ for the User* classes: same class and instance attributes,
    # with the wrapped container copied.
    cls = self.__class__
    twin = cls.__new__(cls)
    twin.__dict__.update(self.__dict__)
    twin.__dict__[attribute] = fresh
    return twin


class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict stored in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        return _copy_wrapper(self, 'data', self.data.copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = data
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_MutableSequence):
    """A list-like class wrapping a real list stored in self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_wrapper(self, 'data', self.data[:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str-like class wrapping a real string stored in self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._unwrap(string)

    def __lt__(self, string):
        return self.data < self._unwrap(string)

    def __le__(self, string):
        return self.data <= self._unwrap(string)

    def __gt__(self, string):
        return self.data > self._unwrap(string)

    def __ge__(self, string):
        return self.data >= self._unwrap(string)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # -- str methods returning new strings wrap their result ------------------

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._unwrap(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._unwrap(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old),
                                                self._unwrap(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._unwrap(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
