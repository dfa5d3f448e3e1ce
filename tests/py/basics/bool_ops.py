# Boolean operators and truthiness
vals = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {1: 2}, None, True, False, set(), range(0), range(3)]
for v in vals:
    print(repr(v), bool(v), not v)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [1] and "x", not not 3)
print(True + True, True * 3, True == 1, False == 0, True is True)
print(isinstance(True, int), issubclass(bool, int))
print(True & False, True | False, True ^ True, ~True, -True)
print(type(True & False).__name__, type(True + 1).__name__)
def side(name, val):
    print("eval", name)
    return val
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3))
print(side("a", 5) or side("b", 6))
print(str(True), repr(False), bool("False"), bool(0j))
x = 5
print(x > 3 and x < 10, not x == 5, not (x != 5))
