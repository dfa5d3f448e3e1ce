# The tokenizer's limits: 200 nested brackets, 100 indentation levels.
# Strings and comments do not count.
def attempt(src):
    try:
        compile(src, "src", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

attempt("x = " + "(" * 200 + ")" * 200)
attempt("x = " + "(" * 201 + ")" * 201)
attempt("x = [" + "{" * 150 + "}" * 150 + "]")
attempt("x = [" + "{" * 200 + "}" * 200 + "]")
attempt("s = '" + "(" * 300 + "'  # " + "[" * 300)
attempt('s = """\n' + "(" * 300 + '\n"""')
attempt("if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 99)) + " " * 99 + "pass\n")
attempt("if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 120)) + " " * 120 + "pass\n")
attempt("x = (\n" + "\n".join("  " * i + "(" for i in range(1, 150)) + ")" * 150)
try:
    eval("(" * 1000 + ")" * 1000)
except SyntaxError as e:
    print("eval:", e)
