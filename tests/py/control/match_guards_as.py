def classify(value):
    match value:
        case int() | float() as num if num < 0:
            return f"negative number {num}"
        case int(n) if n % 2 == 0:
            return f"even int {n}"
        case int(n):
            return f"odd int {n}"
        case (str() | bytes()) as text if not text:
            return "empty text"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case [int() as a, int() as b] as pair:
            return f"int pair {pair} sum {a + b}"
        case [_, _] as pair:
            return f"other pair {pair}"
        case {"id": int() as ident} as record:
            return f"record {ident} with {len(record)} keys"
        case _:
            return "other"
for v in [-3, -2.5, 4, 7, "", b"", "123", "abc", [1, 2], [1, "x"], {"id": 5, "n": 1}, {"id": "x"}, 2.0]:
    print(repr(v), "->", classify(v))
evaluated = []
def check(tag, result):
    evaluated.append(tag)
    return result
match 10:
    case 1 if check("never evaluated", True):
        pass
    case n if check("guard1", n > 100):
        print("big")
    case n if check("guard2", n > 5):
        print("medium", n)
print(evaluated)
match (1, 2):
    case (1, x) | (x, 1):
        print("or-pattern bound x =", x)
match (3, 1):
    case (1, x) | (x, 1):
        print("or-pattern bound x =", x)
x = "unchanged"
match 42:
    case x:
        print("capture always matches, x =", x)
print("x is now", x)
