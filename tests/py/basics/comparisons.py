# Comparisons, chained comparisons, identity and membership
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(0 < 1 <= 1 < 2 != 3)
def f(x):
    print("f", x)
    return x
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print((1, 2) == (1, 2), [1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset([1]))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 in a, 3 not in a, "ell" in "hello", "x" not in "hello")
print(1 in {1: 2}, 2 in {1: 2}, 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.5 < 2, 2 ** 70 > 1e20, 2 ** 70 < 1e22, -1 < -0.5)
print(True < 2, False < True, max(True, 0.5))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == [], () == [])
