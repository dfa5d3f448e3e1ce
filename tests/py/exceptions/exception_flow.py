def level3(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2
def level2(x):
    try:
        return level3(x)
    finally:
        print("level2 cleanup", x)
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 caught", e)
        return -1
print(level1(5), level1(-3))
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
def raise_in_except():
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    try:
        print(e)
    except NameError:
        print("except target deleted after block")
    return err
print(repr(raise_in_except()))
def retry(attempts):
    for i in range(attempts):
        try:
            if i < 2:
                raise ConnectionError(f"attempt {i} failed")
            return f"succeeded on attempt {i}"
        except ConnectionError as e:
            print(e)
    return "gave up"
print(retry(5), retry(2))
def count_errors(items):
    errors = {}
    for it in items:
        try:
            int(it)
        except (ValueError, TypeError) as e:
            errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
    return errors
print(count_errors(["1", "x", None, "2", [], "y"]))
try:
    raise Exception("base")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("bare raise preserves", e)
