import contextlib
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["a"]
    print("not reached")
print("continued")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
with contextlib.suppress(ZeroDivisionError, ValueError):
    int("bad")
print("suppress() worked")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("oops")
print("after b")
try:
    with tag("c"):
        raise KeyError("not handled")
except KeyError as e:
    print("KeyError propagated", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except OSError as e:
    print("OSError:", e)
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("inside exit stack")
