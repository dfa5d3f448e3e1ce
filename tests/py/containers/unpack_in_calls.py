def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))
print(f(*[1, 2]))
print(f(*"xyz", *[4, 5]))
print(f(**{"a": 1, "b": 2, "z": 3}))
print(f(1, *(2,), c=3, **{"d": 4}))
print(f(*range(6), e=5))
args = (1, 2)
kwargs = {"c": 9}
print(f(*args, **kwargs), f(*args, 7, **{"d": 9}, extra=1))
first, second, *rest = map(str, range(5))
print(first, second, rest)
print([*"ab", *range(2)], (*[1], *[2]), {*(), *[3]}, {**{}, **{"q": 1}})
try:
    f(1, 2, **{"a": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1])
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 7, 2]), print(*["a", "b"], sep="-"))
