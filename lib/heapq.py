"""Heap queue (priority queue) algorithms on plain lists.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k;
a[0] is therefore the smallest item.  Only the '<' operator is used to
compare items.

The sift routines follow the usual "move the hole to a leaf, then bubble
the new item back up" strategy, so the list layouts produced are the same
as CPython's for the same sequence of operations.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, function='heap function', only_argument=False):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (function, '' if only_argument else ' 1',
                           type(heap).__name__))


def _bubble_up(heap, top, pos):
    """Move heap[pos] towards index `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap property below `pos`, whose item may be too large.

    The smaller child is repeatedly promoted into the hole until the hole
    reaches a leaf; the displaced item is put there and bubbled back up.
    """
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item, /):
    """Add item to the heap."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item (IndexError if empty)."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (heap must be non-empty).

    More efficient than heappop() followed by heappush(); the returned
    value may be larger than item.
    """
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x, /):
    """Transform list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', True)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# --- max-heap variants (private in CPython too, but used by some code) ----

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[sibling] < heap[child]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(x):
    """Transform list x into a max-heap, in place."""
    _check_list(x, '_heapify_max', True)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item off a max-heap and push item."""
    _check_list(heap, '_heapreplace_max', True)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# --- merge ----------------------------------------------------------------

class _Entry:
    """One live input of merge(): its current key/value and its iterator.

    Entries order by key, then by input position so that merging is stable.
    """
    __slots__ = ('key', 'order', 'value', 'advance')

    def __init__(self, key, order, value, advance):
        self.key = key
        self.order = order
        self.value = value
        self.advance = advance

    def __lt__(self, other):
        if other.key < self.key:
            return False
        if self.key < other.key:
            return True
        return self.order < other.order


class _ReverseEntry(_Entry):
    """Entry for merge(reverse=True): larger keys come first."""
    __slots__ = ()

    def __lt__(self, other):
        if self.key < other.key:
            return False
        if other.key < self.key:
            return True
        return self.order < other.order


def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into a single sorted output (lazily).

    Like sorted(itertools.chain(*iterables)) but returns an iterator and
    does not pull all data into memory.  With reverse=True the inputs must
    be sorted from largest to smallest.  key is applied to every item.
    """
    entry_type = _ReverseEntry if reverse else _Entry
    heap = []
    for order, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
        except StopIteration:
            continue
        heap.append(entry_type(value if key is None else key(value),
                               order, value, advance))
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry.value
        try:
            value = entry.advance()
        except StopIteration:
            heappop(heap)
            continue
        entry.value = value
        entry.key = value if key is None else key(value)
        _sink(heap, 0)
    if heap:
        # Only one input left: stream the rest of it directly.
        entry = heap[0]
        yield entry.value
        advance = entry.advance
        while True:
            try:
                value = advance()
            except StopIteration:
                return
            yield value


# --- n smallest / n largest ------------------------------------------------

def _select(n, iterable, key, largest):
    """Shared implementation of nsmallest/nlargest.

    The answer must equal sorted(iterable, key=key, reverse=largest)[:n],
    including the stable order of items with equal keys.  A sorted list of
    the best n candidates (key, arrival index, value) is kept; a newcomer
    only enters when strictly better than the current worst candidate.
    """
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        pick = max if largest else min
        if key is None:
            found = pick(iterable, default=missing)
        else:
            found = pick(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    def better(a, b):
        # True if key a must come strictly before key b in the output.
        return b < a if largest else a < b

    best = []          # list of [key, value], ordered best first
    for item in iterable:
        k = item if key is None else key(item)
        if len(best) == n:
            if not better(k, best[-1][0]):
                continue
            best.pop()
        # Binary search for the insertion point: after every entry whose
        # key is not worse than k (keeps earlier arrivals first on ties).
        lo, hi = 0, len(best)
        while lo < hi:
            mid = (lo + hi) // 2
            if better(k, best[mid][0]):
                hi = mid
            else:
                lo = mid + 1
        best.insert(lo, (k, item))
    return [value for _, value in best]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; the same list as
    sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
