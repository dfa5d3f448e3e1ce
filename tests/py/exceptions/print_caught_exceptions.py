ops = [
    lambda: 1 / 0,
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: int("abc"),
    lambda: "x" + 1,
    lambda: undefined_variable,
    lambda: None.upper(),
    lambda: [].pop(),
    lambda: (1, 2).append(3),
    lambda: float("nope"),
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.popitem(),
    lambda: int.from_bytes(5, "big"),
    lambda: [1, 2, 3][1:2:0],
    lambda: list(range(3)).remove(9),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: "abc"[10],
    lambda: 2 ** 10000 * 1.0,
    lambda: abs("x"),
    lambda: len(),
    lambda: {[]: 1},
    lambda: divmod(1, 0),
    lambda: "%d" % "x",
    lambda: tuple()[0],
    lambda: object().missing,
    lambda: (lambda a: a)(),
    lambda: sum(["a", "b"]),
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
