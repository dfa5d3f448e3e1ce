def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "resize", **rest}:
            return f"resize with {sorted(rest.items())}"
        case {"type": t}:
            return f"unhandled type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "resize", "w": 10, "h": 20},
    {"type": "scroll", "extra": 1},
    {"other": 1},
    [1, 2],
]
for e in events:
    print(handle(e))
def config(c):
    match c:
        case {"debug": True, "level": int(lvl)}:
            return f"debug at level {lvl}"
        case {"debug": False}:
            return "no debug"
        case {"nested": {"inner": value}}:
            return f"nested value {value}"
    return "default"
print(config({"debug": True, "level": 3, "x": 0}))
print(config({"debug": False}))
print(config({"nested": {"inner": [1, 2]}}))
print(config({"debug": True, "level": "high"}))
from collections import OrderedDict
print(handle(OrderedDict(type="key", key="z")))
