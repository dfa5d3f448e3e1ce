it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty StopIteration", e.args, e.value)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom value")
        self.done = True
        return "only"
print(list(Once()))
o = Once()
next(o)
try:
    next(o)
except StopIteration as e:
    print("value:", e.value)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print("return value via StopIteration:", e.value)
print(next(iter([]), "default"), next(iter("a"), "default"))
print(StopIteration(1, 2).value, StopIteration().value)
def consume():
    total = 0
    for x in Once():
        total += 1
    return total
print(consume())
def zip_stops():
    return list(zip([1, 2, 3], Once()))
print(zip_stops())
