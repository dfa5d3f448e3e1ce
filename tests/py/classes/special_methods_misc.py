class Number:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return Number(round(self.v, n))
    def __repr__(self):
        return f"Number({self.v})"
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Number) and self.v == o.v
n = Number(5.7)
print(int(n), float(n), round(n), round(n, 0))
i = Number(3)
print([10, 20, 30, 40][i], bin(i), hex(i), "ab" * i, range(i), list(range(10))[i:])
print(operator_index := i.__index__())
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        print("iter called")
        return iter(self.items)
print(3 in Box([1, 2, 3]), 9 not in Box([1]))
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "positive"
    def __invert__(self):
        return "inverted"
    def __abs__(self):
        return "absolute"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Rich:
    def __lt__(self, o):
        return "lt-result"
print(Rich() < 1, 1 > Rich())
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
