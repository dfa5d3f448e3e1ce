"""Functional tools for creating and using iterators.

Infinite iterators:  count, cycle, repeat
Terminating:         accumulate, chain, chain.from_iterable, compress,
                     dropwhile, filterfalse, groupby, islice, pairwise,
                     starmap, takewhile, tee, zip_longest
Combinatoric:        product, permutations, combinations,
                     combinations_with_replacement

Every iterator here is a class whose instances are their own iterators.
Most keep their running state in a private generator created at
construction time (arguments are validated eagerly, as in CPython).
"""

import sys
from _thread import allocate_lock as _allocate_lock

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MISSING = object()


class _GenIter:
    """Base class: an iterator whose items come from the generator _gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _as_index(value):
    """Convert value with __index__ (like operator.index); TypeError if not."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _is_number(value):
    # What CPython calls PyNumber_Check: int, float, complex and anything
    # convertible to one of them.
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return any(hasattr(kind, name) for name in
               ('__index__', '__int__', '__float__', '__complex__'))


# --- infinite iterators ------------------------------------------------------

class count:
    """count(start=0, step=1): endless arithmetic progression.

    next() is atomic, as CPython's C count is under its GIL: threaded code
    uses next(counter) to hand out unique numbers (threading's thread
    names, for one).
    """
    __slots__ = ('_value', '_step', '_lock')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step
        self._lock = _allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            value = self._value
            self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, step)


class cycle(_GenIter):
    """cycle(iterable) --> the items of iterable, repeated forever."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(source):
        saved = []
        for item in source:
            saved.append(item)
            yield item
        if not saved:
            return
        while True:
            yield from saved


class repeat:
    """repeat(object [,times]) -> object, endlessly or `times` times."""
    __slots__ = ('_object', '_left')

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            self._left = max(0, _as_index(times))

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left is None:
            return '%s(%r)' % (name, self._object)
        return '%s(%r, %d)' % (name, self._object, self._left)


# --- terminating iterators -------------------------------------------------

def _add(a, b):
    return a + b


class accumulate(_GenIter):
    """accumulate(iterable, func=operator.add, *, initial=None)

    Yields running results of func; initial, if given, is yielded first.
    """
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable),
                              _add if func is None else func, initial)

    @staticmethod
    def _run(source, func, total):
        if total is None:
            for total in source:
                break
            else:
                return
        yield total
        for item in source:
            total = func(total, item)
            yield total


class chain(_GenIter):
    """chain(*iterables) --> items of the first iterable, then the next, ..."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iter(iterable)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Chain the iterables produced (lazily) by one iterable."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_GenIter):
    """compress(data, selectors) --> data items whose selector is true."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for item in data:
            try:
                keep = next(selectors)
            except StopIteration:
                return
            if keep:
                yield item


class dropwhile(_GenIter):
    """dropwhile(predicate, iterable): skip items while predicate is true,
    then yield every remaining item."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for item in source:
            if not predicate(item):
                yield item
                break
        yield from source


class takewhile(_GenIter):
    """takewhile(predicate, iterable): yield items while predicate is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for item in source:
            if not predicate(item):
                return
            yield item


class filterfalse(_GenIter):
    """filterfalse(function or None, iterable): items for which function
    (or, with None, the item itself) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, source):
        if function is None:
            for item in source:
                if not item:
                    yield item
        else:
            for item in source:
                if not function(item):
                    yield item


class starmap(_GenIter):
    """starmap(function, iterable) --> function(*a), function(*b), ..."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, source):
        for args in source:
            yield function(*tuple(args))


class pairwise(_GenIter):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(source):
        for previous in source:
            break
        else:
            return
        for item in source:
            yield (previous, item)
            previous = item


class zip_longest(_GenIter):
    """zip_longest(*iterables, fillvalue=None): like zip() but runs until the
    longest input is exhausted, padding the shorter ones with fillvalue."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ['fillvalue']:
                raise TypeError(
                    'zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(sources, fillvalue):
        live = len(sources)
        if not live:
            return
        while True:
            row = []
            for position, source in enumerate(sources):
                if source is None:          # exhausted earlier
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(source))
                except StopIteration:
                    sources[position] = None
                    live -= 1
                    if not live:
                        return
                    row.append(fillvalue)
            yield tuple(row)


def _islice_arg(value, message):
    # islice() bounds: None or a non-negative integer no larger than
    # sys.maxsize; anything else gives ValueError(message).
    if value is None:
        return None
    try:
        number = _as_index(value)
    except Exception:
        raise ValueError(message) from None
    if number < 0 or number > sys.maxsize:
        raise ValueError(message)
    return number


_STOP_MSG = ('Stop argument for islice() must be None or an integer: '
             '0 <= x <= sys.maxsize.')
_START_MSG = ('Indices for islice() must be None or an integer: '
              '0 <= x <= sys.maxsize.')
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


class islice(_GenIter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])

    Like sequence[start:stop:step] on an iterator; bounds may not be
    negative.
    """
    __slots__ = ()

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % len(args))
        iterable = args[0]
        if len(args) == 2:
            start, step = 0, 1
            stop = _islice_arg(args[1], _STOP_MSG)
        else:
            stop = _islice_arg(args[2], _STOP_MSG)
            start = _islice_arg(args[1], _START_MSG)
            if start is None:
                start = 0
            step = 1
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _as_index(args[3])
                except Exception:
                    raise ValueError(_STEP_MSG) from None
                if step < 1:
                    raise ValueError(_STEP_MSG)
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(source, wanted, stop, step):
        # `seen` counts items taken from source; `wanted` is the index of
        # the next item to yield.  Never pull more items than needed: an
        # item at index >= stop is never consumed.
        seen = 0
        while True:
            while seen < wanted:
                try:
                    next(source)
                except StopIteration:
                    return
                seen += 1
            if stop is not None and seen >= stop:
                return
            try:
                item = next(source)
            except StopIteration:
                return
            seen += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class groupby:
    """groupby(iterable, key=None) --> (key, group-iterator) pairs for runs
    of consecutive items with equal keys.

    Advancing the groupby object makes previously returned groups empty.
    """
    __slots__ = ('_source', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_owner')

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING     # key of the group handed out last
        self._currkey = _MISSING    # key of the look-ahead item
        self._currvalue = _MISSING  # look-ahead item (_MISSING: consumed)
        self._owner = None          # the only _grouper allowed to yield

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._source)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._owner = None
        # Skip whatever remains of the current group.
        while True:
            if self._currkey is not _MISSING:
                if self._tgtkey is _MISSING:
                    break
                tgt, cur = self._tgtkey, self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._owner = group
        return (self._currkey, group)


class _grouper:
    """Iterator over one group of a groupby object."""
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._owner is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        tgt, cur = self._tgtkey, parent._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


# --- tee -------------------------------------------------------------------

class _TeeLink:
    """One cell of the singly linked buffer shared by tee iterators.

    `value` holds an item; `next` is the following cell, or None while that
    item has not been fetched from the source yet.
    """
    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value
        self.next = None


class _TeeSource:
    __slots__ = ('iterator', 'running')

    def __init__(self, iterator):
        self.iterator = iterator
        self.running = False


class _tee:
    """Iterator wrapped to make it copyable (see tee())."""
    __slots__ = ('_source', '_cell')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._cell = iterable._cell
        else:
            self._source = _TeeSource(iter(iterable))
            self._cell = _TeeLink(None)    # dummy head cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        following = cell.next
        if following is None:
            source = self._source
            if source.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            source.running = True
            try:
                value = next(source.iterator)
            finally:
                source.running = False
            # Another tee may have fetched meanwhile (threads).
            if cell.next is None:
                cell.next = _TeeLink(value)
            following = cell.next
        self._cell = following
        return following.value

    def __copy__(self):
        twin = _tee.__new__(type(self))
        twin._source = self._source
        twin._cell = self._cell
        return twin


def tee(iterable, n=2, /):
    """Return a tuple of n independent iterators over iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    iterator = iter(iterable)
    if hasattr(iterator, '__copy__'):
        first = iterator
    else:
        first = _tee(iterator)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


# --- combinatorics ---------------------------------------------------------

class product(_GenIter):
    """product(*iterables, repeat=1) --> cartesian product tuples, in
    lexicographic order of input positions (like nested for-loops)."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name, value in kwargs.items():
            if name != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for "
                                "product()" % name)
            repeat = _as_index(value)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        # An odometer over the pools: the last position turns fastest.
        depth = len(pools)
        positions = [0] * depth
        current = [pool[0] for pool in pools]
        yield tuple(current)
        while True:
            place = depth - 1
            while place >= 0:
                positions[place] += 1
                if positions[place] < len(pools[place]):
                    current[place] = pools[place][positions[place]]
                    break
                positions[place] = 0
                current[place] = pools[place][0]
                place -= 1
            else:
                return
            yield tuple(current)


def _check_r(r, strict=False):
    # permutations() insists on a real int; the others accept __index__.
    if strict and not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenIter):
    """permutations(iterable, r=None) --> r-length tuples of distinct
    positions, in lexicographic order of positions."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r, strict=True)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # order[:r] are the chosen positions; order[r:] is kept ascending.
        # Reversing the tail and taking the next full permutation gives
        # the next r-prefix in lexicographic order.
        order = list(range(n))
        yield tuple(pool[i] for i in order[:r])
        while True:
            order[r:] = order[:r - 1:-1] if r else order[::-1]
            # Standard next-permutation on the whole index list.
            pivot = n - 2
            while pivot >= 0 and order[pivot] >= order[pivot + 1]:
                pivot -= 1
            if pivot < 0:
                return
            swap = n - 1
            while order[swap] <= order[pivot]:
                swap -= 1
            order[pivot], order[swap] = order[swap], order[pivot]
            order[pivot + 1:] = order[:pivot:-1]
            yield tuple(pool[i] for i in order[:r])


class combinations(_GenIter):
    """combinations(iterable, r) --> r-length tuples of increasing
    positions, in lexicographic order."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        chosen = list(range(r))
        yield tuple(pool[i] for i in chosen)
        while True:
            # Rightmost position that can still move right.
            place = r - 1
            while place >= 0 and chosen[place] == place + n - r:
                place -= 1
            if place < 0:
                return
            chosen[place] += 1
            for later in range(place + 1, r):
                chosen[later] = chosen[later - 1] + 1
            yield tuple(pool[i] for i in chosen)


class combinations_with_replacement(_GenIter):
    """combinations_with_replacement(iterable, r) --> r-length tuples of
    non-decreasing positions, in lexicographic order."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if n == 0 and r:
            return
        chosen = [0] * r
        yield tuple(pool[i] for i in chosen)
        while True:
            place = r - 1
            while place >= 0 and chosen[place] == n - 1:
                place -= 1
            if place < 0:
                return
            value = chosen[place] + 1
            for later in range(place, r):
                chosen[later] = value
            yield tuple(pool[i] for i in chosen)
