class ConfigError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key}") from e
try:
    load("z")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
def chain():
    try:
        try:
            raise TypeError("first")
        except TypeError as e1:
            raise ValueError("second") from e1
    except ValueError as e2:
        raise KeyError("third")
try:
    chain()
except KeyError as e:
    c = e
    depth = []
    while c is not None:
        depth.append(f"{type(c).__name__}({c.args[0]})")
        c = c.__cause__ or c.__context__
    print(" <- ".join(depth))
e = ValueError("standalone")
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as err:
    print(repr(err.__cause__))
try:
    raise IndexError from TypeError
except IndexError as err:
    print(repr(err), type(err.__cause__).__name__)
