class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside", r)
with Resource("outer") as o, Resource("inner") as i:
    print("body", o, i)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Resource("ret"):
        return "returned value"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with Resource("x") as (val):
    print(val)
class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self
    def __exit__(self, *a):
        self.depth -= 1
        return False
r = Reusable()
with r:
    with r:
        print("depth", r.depth)
print("depth", r.depth)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
