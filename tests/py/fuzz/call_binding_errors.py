# Found by tools/fuzz/diff.py (seeds 3, 106, 115 and 30 more): the TypeError
# of a call that binds its arguments wrongly. CPython binds keywords before
# it counts positionals, so an unexpected keyword is the error reported
# (pygil said "takes from 0 to 1 positional arguments but 2 were given"), and
# it names every positional-only parameter passed as a keyword (pygil named
# the first).


def g(x=1, *, y):
    return x, y


def h(a, b=[], /):
    return a, b


def k(a, /, b, *, c=3):
    return a, b, c


def v(*args, **kwargs):
    return args, sorted(kwargs.items())


cases = [
    (g, (1, 2), {'c': 3}),
    (g, (1, 2), {'y': 3}),
    (g, (1, 2, 3), {}),
    (g, (), {}),
    (g, (), {'x': 1, 'y': 2, 'x2': 3}),
    (h, (), {'a': 1, 'b': 2}),
    (h, (1,), {'b': 2}),
    (h, (1,), {'z': 1}),
    (h, (1, 2, 3), {}),
    (k, (1, 2, 3), {'c': 1}),
    (k, (), {'a': 1, 'z': 1}),
    (k, (), {'z': 1, 'a': 1}),
    (k, (1, 2, 3), {}),
    (k, (1,), {'b': 2, 'a': 3}),
    (k, (1,), {}),
    (v, (1, 2), {'a': 1}),
]
for f, args, kwargs in cases:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
