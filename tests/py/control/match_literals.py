def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"bytes":
            return "bytes literal"
        case _:
            return f"other: {x!r}"
for v in [0, 1, 3, "hello", True, None, -1, 2.5, b"bytes", "bye", 99, False, 1.0]:
    print(repr(v), "->", describe(v))
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return f"server error {code}"
        case other:
            return f"unknown {other}"
print([http(s) for s in (200, 201, 404, 503, 302)])
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
def color_name(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(color_name(Color.RED), color_name(Color.GREEN), color_name(3))
