d = {"a": 1}
for key in ["missing", 42, (1, 2), "", "quote'd", None, 3.5]:
    try:
        d[key]
    except KeyError as e:
        print(f"str={e!s} repr={e!r} args={e.args}")
try:
    {}.pop("p")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("s")
except KeyError as e:
    print("set.remove:", e)
from collections import OrderedDict
try:
    OrderedDict().popitem()
except KeyError as e:
    print("OrderedDict.popitem:", e)
print(str(KeyError("x")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(["l"])))
print(str(LookupError("x")), str(IndexError("x")))
