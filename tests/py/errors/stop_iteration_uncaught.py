def first(items):
    it = iter(items)
    return next(it)
print(first([5, 6]))
print(first([]))
