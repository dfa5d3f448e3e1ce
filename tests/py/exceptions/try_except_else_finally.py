def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except:", e)
        return "from except"
    except TypeError:
        print("type error")
        return "from type"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
for v in (2, 0, "s"):
    print("->", attempt(v))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_runs_on_break():
    for i in range(3):
        try:
            if i == 1:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(finally_runs_on_break())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            continue
        finally:
            out.append(-i)
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("not reached")
else:
    print("else without exception")
x = 0
try:
    x = 1
finally:
    x += 10
print(x)
