print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
g = {"x": 10, "y": 5}
print(eval("x * y", g), eval("x + z", g, {"z": 100}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
loc = {}
exec("result = [i for i in range(3)]", {}, loc)
print(loc)
code = compile("sum(range(n))", "<string>", "eval")
print(eval(code, {"n": 10}), eval(code, {"n": 101}))
exec(compile("print('compiled exec', 1 + 1)", "<s>", "exec"))
counter = 0
exec("counter += 1")
print(counter)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing", {})
except NameError as e:
    print("NameError:", e)
print(eval("len('four')", {"__builtins__": __builtins__}))
print(eval("  42  "), eval("(1,\n 2)"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
ns2 = {"__builtins__": {}}
try:
    eval("len([])", ns2)
except NameError as e:
    print("NameError:", e)
exec("class K:\n    v = 3", ns)
print(ns["K"].v, ns["K"].__name__)
