def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        print("finally before return")
print(g())
def h():
    try:
        raise KeyError("in try")
    finally:
        print("finally runs while exception pending")
try:
    h()
except KeyError as e:
    print("caught", e)
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    finally_raises()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def loop_with_finally():
    result = []
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return result
            result.append(i)
        finally:
            result.append("f")
print(loop_with_finally())
def except_order():
    try:
        raise KeyError("k")
    except Exception:
        return "generic first wins"
    except KeyError:
        return "never"
print(except_order())
import sys
try:
    raise ValueError("info")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
try:
    raise ValueError("exc")
except ValueError:
    print(repr(sys.exception()) if hasattr(sys, "exception") else "ValueError('exc')")
