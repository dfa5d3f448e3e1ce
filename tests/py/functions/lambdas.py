sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=3: a * b)(2), (lambda a, *, b: a - b)(5, b=2))
print(list(map(lambda s: s[::-1], ["ab", "cd"])))
print(sorted(["b10", "a2", "c1"], key=lambda s: int(s[1:])))
print(sq.__name__, type(sq).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(10)(5))
print(list(filter(lambda x: x > 0, [-1, 2, -3, 4])))
pair = lambda: (1, 2)
a, b = pair()
print(a, b)
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print((lambda: (yield 1))().__class__.__name__ if False else "skip")
