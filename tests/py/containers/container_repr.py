print([1, "a", 2.5, None, True, b"x", (1,), [], {}])
print((1, "two", [3]), ((),), (((1,),),))
print({"k": [1, {"n": (2, 3)}], 5: "int key", (1, 2): frozenset()})
print(str([1, "a"]), repr([1, "a"]), str(("a",)), repr({"a": "b"}))
print([1.0, 0.1, 1e20, -0.0, float("inf")])
print(["quote'", 'dq"', "both'\""])
print([[[]]], [[], []], [()], ({},))
print(list(range(3)), tuple(range(3)), dict.fromkeys(range(2)))
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print([R(), R()], (R(),), {"r": R()}, R())
print(str([R()]), f"{[R()]}", "%s" % [R()])
print(repr([]), repr(()), repr({}), repr(set()), repr(""), repr(b""))
print(len(repr(list(range(100)))))
