# A small interpreter written in Python: a tokenizer and compiler for a
# tiny expression/statement language, compiled to stack-machine code that a
# dispatch loop executes.

SOURCE = """
n = 0; acc = 0; i = 0;
while (i < LIMIT) {
  n = i * 7 % 13 + i / 3;
  if (n % 2 == 0) { acc = acc + n * 3 - 1; } else { acc = acc - n + i % 5; }
  j = 0;
  while (j < 4) { acc = acc + j * (i % 3); j = j + 1; }
  acc = acc % 1000003;
  i = i + 1;
}
print acc;
a = 0; b = 1; k = 0;
while (k < 60) { t = a + b; a = b; b = t % 1000000007; k = k + 1; }
print b;
"""


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            w = src[i:j]
            toks.append(("kw" if w in ("while", "if", "else", "print") else "name", w))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "!=", "<=", ">="):
                toks.append(("op", two))
                i += 2
            else:
                toks.append(("op", c))
                i += 1
    toks.append(("eof", None))
    return toks


class Compiler:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
            "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, toks, consts):
        self.toks = toks
        self.pos = 0
        self.code = []
        self.consts = consts

    def peek(self):
        return self.toks[self.pos]

    def advance(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, val):
        t = self.advance()
        if t[1] != val:
            raise SyntaxError("expected %r got %r" % (val, t))

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != "eof":
            self.statement()
        self.emit("halt")
        return self.code

    def block(self):
        self.expect("{")
        while self.peek()[1] != "}":
            self.statement()
        self.expect("}")

    def statement(self):
        t = self.peek()
        if t == ("kw", "while"):
            self.advance()
            top = len(self.code)
            self.expect("(")
            self.expr(0)
            self.expect(")")
            jf = self.emit("jump_if_false", None)
            self.block()
            self.emit("jump", top)
            self.code[jf] = ("jump_if_false", len(self.code))
        elif t == ("kw", "if"):
            self.advance()
            self.expect("(")
            self.expr(0)
            self.expect(")")
            jf = self.emit("jump_if_false", None)
            self.block()
            if self.peek() == ("kw", "else"):
                self.advance()
                je = self.emit("jump", None)
                self.code[jf] = ("jump_if_false", len(self.code))
                self.block()
                self.code[je] = ("jump", len(self.code))
            else:
                self.code[jf] = ("jump_if_false", len(self.code))
        elif t == ("kw", "print"):
            self.advance()
            self.expr(0)
            self.expect(";")
            self.emit("print")
        else:
            name = self.advance()[1]
            self.expect("=")
            self.expr(0)
            self.expect(";")
            self.emit("store", name)

    def atom(self):
        t = self.advance()
        if t[0] == "num":
            self.emit("const", t[1])
        elif t[0] == "name":
            if t[1] in self.consts:
                self.emit("const", self.consts[t[1]])
            else:
                self.emit("load", t[1])
        elif t[1] == "(":
            self.expr(0)
            self.expect(")")
        else:
            raise SyntaxError("bad token %r" % (t,))

    def expr(self, min_prec):
        self.atom()
        while True:
            t = self.peek()
            p = self.PREC.get(t[1]) if t[0] == "op" else None
            if p is None or p <= min_prec:
                return
            self.advance()
            self.expr(p)
            self.emit("binop", t[1])


def run(code):
    stack = []
    env = {}
    out = []
    pc = 0
    push = stack.append
    pop = stack.pop
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "const":
            push(arg)
        elif op == "load":
            push(env[arg])
        elif op == "store":
            env[arg] = pop()
        elif op == "binop":
            b = pop()
            a = pop()
            if arg == "+":
                push(a + b)
            elif arg == "-":
                push(a - b)
            elif arg == "*":
                push(a * b)
            elif arg == "/":
                push(a // b)
            elif arg == "%":
                push(a % b)
            elif arg == "<":
                push(1 if a < b else 0)
            elif arg == ">":
                push(1 if a > b else 0)
            elif arg == "<=":
                push(1 if a <= b else 0)
            elif arg == ">=":
                push(1 if a >= b else 0)
            elif arg == "==":
                push(1 if a == b else 0)
            else:
                push(1 if a != b else 0)
        elif op == "jump_if_false":
            if not pop():
                pc = arg
        elif op == "jump":
            pc = arg
        elif op == "print":
            out.append(pop())
        elif op == "halt":
            return out, steps, env


toks = tokenize(SOURCE)
code = Compiler(toks, {"LIMIT": 60000}).program()
out, steps, env = run(code)
print("checksum", len(toks), len(code), out, steps, sorted(env.items()))
