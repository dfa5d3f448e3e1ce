# None, Ellipsis and NotImplemented singletons
print(None, repr(None), str(None), bool(None))
print(..., Ellipsis, Ellipsis is ..., bool(...))
print(NotImplemented, type(NotImplemented).__name__)
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return())
print(nothing() is None)
print([None] * 3, (None,) * 2)
print({None: "none-key"}[None])
print(sorted([3, 1, 2], key=lambda x: (x is None, x)))
x = [1, ..., 3]
print(x, x[1] is Ellipsis)
print(type(None)() is None)
print(hash(None) == hash(None))
