def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, rest={len(rest)}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7), list(range(8)), "ab", range(3)]:
    print(repr(s), "->", shape(s))
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y-axis at {y}"
        case (x, 0):
            return f"on x-axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"
for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2), (1, 2, 3), [7, 8], "xy"]:
    print(p, "->", point(p))
def nested(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case [("a" | "b"), [x, *_]]:
            return f"nested list head {x}"
        case _:
            return "unknown command"
for c in [["go", "north"], ["go", "west"], ["take", "key", "lamp"], ["take"], ["a", [9, 8]], ["b", []], ["dance"]]:
    print(c, "->", nested(c))
match "string":
    case [*chars]:
        print("str matched as sequence?")
    case str() as s:
        print("strings are not sequences in match:", s)
