class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(sorted(vars(a)), vars(b))
print("name" in a.__dict__, "count" in a.__dict__, "count" in Counter.__dict__)
a.extra = "dynamic"
print(a.extra, hasattr(b, "extra"))
Counter.shared = "added to class"
print(a.shared, b.shared)
class P:
    def method(self):
        return "method"
p = P()
p.method = lambda: "instance override"
print(p.method(), P().method())
print(P.method(p), type(P.__dict__["method"]).__name__)
bound = P().method
print(bound(), bound.__name__, type(bound).__name__)
print(getattr(p, "missing", "default"), getattr(P, "method").__name__)
class WithDoc:
    """A class docstring."""
print(WithDoc.__doc__, WithDoc.__name__, WithDoc.__qualname__, WithDoc.__module__)
