class Const:
    LOW = 1
    HIGH = 10
    NAME = "const"
def check(v):
    match v:
        case Const.LOW:
            return "low"
        case Const.HIGH:
            return "high"
        case Const.NAME:
            return "name"
        case [Const.LOW, *others]:
            return f"starts low, then {others}"
        case {"level": Const.HIGH}:
            return "mapping with high level"
        case _:
            return "no match"
for v in [1, 10, "const", [1, 2, 3], {"level": 10}, {"level": 1}, 5]:
    print(repr(v), "->", check(v))
def tokens(expr):
    out = []
    for tok in expr.split():
        match tok:
            case "+" | "-" | "*" | "/":
                out.append(("op", tok))
            case t if t.isdigit():
                out.append(("num", int(t)))
            case t if t.isidentifier():
                out.append(("name", t))
            case t:
                out.append(("error", t))
    return out
print(tokens("x + 42 * y - 3 ?"))
def evaluate(tree):
    match tree:
        case ("num", n):
            return n
        case ("add", l, r):
            return evaluate(l) + evaluate(r)
        case ("mul", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", x):
            return -evaluate(x)
        case _:
            raise ValueError(f"bad tree {tree!r}")
t = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(t))
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print("ValueError:", e)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest of mapping:", rest)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a, b, c, d)
match 3.0:
    case 3:
        print("3.0 matches literal 3")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match (1, 2, 3):
    case [*_, 3]:
        print("tuple matched by list pattern ending in 3")
