cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), KeyError("key"), KeyError(1),
         KeyError(), KeyError("a", "b"), IndexError("list index out of range"), OSError(2, "No such file"),
         Exception(None), Exception(""), StopIteration(5), SystemExit(3), ZeroDivisionError("division by zero")]
for e in cases:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError str:", str(e), "repr:", repr(e))
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, str(e))
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), e.args)
