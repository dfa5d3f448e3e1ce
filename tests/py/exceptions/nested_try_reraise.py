def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise TypeError("two")
    if n == 3:
        raise KeyError("three")
    return n
def handler(n):
    try:
        try:
            return risky(n)
        except ValueError as e:
            return f"inner handled {e}"
        except TypeError as e:
            raise RuntimeError(f"converted {e}") from e
    except RuntimeError as e:
        return f"outer handled {e} (cause={e.__cause__!r})"
    finally:
        print(f"handler({n}) finally")
for n in range(4):
    try:
        print(handler(n))
    except KeyError as e:
        print("escaped:", repr(e))
def translate():
    try:
        {}["k"]
    except KeyError as e:
        try:
            raise ValueError("v")
        except ValueError as e2:
            return repr(e2.__context__), repr(e)
print(translate())
def swallow_then_raise():
    try:
        raise IndexError("first")
    except IndexError:
        pass
    raise KeyError("second")
try:
    swallow_then_raise()
except KeyError as e:
    print(repr(e), e.__context__)
