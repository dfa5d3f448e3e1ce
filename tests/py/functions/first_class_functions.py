def apply(f, *args):
    return f(*args)
print(apply(len, "four"), apply(max, 3, 9, 2), apply(lambda: "none"))
def square(x):
    return x * x
funcs = [square, abs, str, float]
print([f(-3) for f in funcs])
table = {"sq": square, "neg": lambda x: -x}
print(table["sq"](5), table["neg"](5))
print(square.__name__, square.__qualname__, callable(square), callable(5))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__)
def doc():
    """Docstring here."""
print(doc.__doc__, square.__doc__)
square.custom = "attr"
print(square.custom)
import operator
print(list(map(operator.add, [1, 2], [10, 20])), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3 + 4j))
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)), operator.methodcaller("upper")("abc"))
print(operator.mul(3, 4), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem([5, 6], 1))
from functools import reduce, partial
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b"], ">"))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1010"), pow2.args, partial(print, sep="|").keywords)
