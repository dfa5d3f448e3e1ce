"""Alternate repr() implementation with limits on size and nesting depth."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins

try:
    from _thread import get_ident as _get_ident
except ImportError:            # no threads: one "thread" only
    def _get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: return fillvalue on recursive calls.

    A call for the same object made (in the same thread) while its repr is
    already being computed yields fillvalue instead of recursing forever.
    """
    def decorate(user_function):
        active = set()     # (id(obj), thread id) pairs currently being repr'd

        def wrapper(self):
            marker = (id(self), _get_ident())
            if marker in active:
                return fillvalue
            active.add(marker)
            try:
                return user_function(self)
            finally:
                active.discard(marker)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(wrapper, name, getattr(user_function, name))
            except AttributeError:
                pass
        try:
            wrapper.__annotations__ = getattr(user_function,
                                              '__annotations__', {})
        except (AttributeError, TypeError):
            pass
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorate


def _sorted_if_possible(items):
    # Sets and dict keys are shown sorted when their items are orderable.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Configurable size-limited repr().

    The max* attributes bound how many items of each container type are
    shown, maxlevel bounds nesting, maxstring/maxlong/maxother bound the
    length of str, int and other reprs.  Elided parts become fillvalue.
    """

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type name: repr_list, repr_dict, ...  Type names
        # containing spaces map to underscores.
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _truncate_middle(self, s, limit):
        # Keep the head and tail of s so that the result has about `limit`
        # characters, with the fill value in the middle.
        if len(s) > limit:
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            pieces = []
            for item in x:
                if len(pieces) >= maxiter:
                    break
                pieces.append(self.repr1(item, level - 1))
            if count > maxiter:
                pieces.append(self.fillvalue)
            body = ', '.join(pieces)
            if count == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return 'array(%r)' % (x.typecode,)
        left = 'array(%r, [' % (x.typecode,)
        return self._repr_iterable(x, level, left, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level,
                                   '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in _sorted_if_possible(x):
            if len(pieces) >= self.maxdict:
                break
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if count > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % ', '.join(pieces)

    def repr_str(self, x, level):
        # Only repr a prefix of a huge string, then cut the middle out.
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            s = self._truncate_middle(builtins.repr(x), self.maxstring)
        return s

    def repr_int(self, x, level):
        return self._truncate_middle(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A broken __repr__ must not break the caller's repr.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._truncate_middle(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
