"""Bisection algorithms for keeping sorted lists sorted."""

__all__ = ['bisect', 'bisect_left', 'bisect_right',
           'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    # Validate/normalise the search window shared by every function.
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item of sorted a that is <= x.

    So every e in a[:i] has e <= x and every e in a[i:] has e > x.
    key, if given, is applied to the items of a (not to x).
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        # Only '<' is used, as with CPython: x < item means go left.
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item of sorted a that is >= x.

    So every e in a[:i] has e < x and every e in a[i:] has e >= x.
    key, if given, is applied to the items of a (not to x).
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, after any items equal to it."""
    probe = x if key is None else key(x)
    a.insert(bisect_right(a, probe, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, before any items equal to it."""
    probe = x if key is None else key(x)
    a.insert(bisect_left(a, probe, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
