#!/usr/bin/env python3
"""Random Python programs for differential fuzzing (tools/fuzz/diff.py).

    python3 tools/fuzz/gen.py SEED            # print the program for SEED
    python3 tools/fuzz/gen.py SEED --size 40  # more top-level blocks

A program is a sequence of top-level blocks (assignments, if/while/for,
functions, closures, classes with inheritance, try/except/finally,
generators, comprehensions, slicing, string methods and formatting,
f-strings), each printing what it computes. The generator is typed: it
keeps the variables in scope with their types (int, float, str, bool, a
list of ints, a dict of str to int, a set of ints, a tuple of ints, a list
of strs) and builds expressions of a wanted type from a grammar, so most
programs run to the end; operations that may raise (division, indexing,
int('...'), .index, .remove) appear at a low rate, and every top-level
block but the last runs under `try`/`except Exception` that prints the
exception's type and message. The last block may raise: the uncaught
exception's type is compared too.

The programs are deterministic under any PYTHONHASHSEED: no ids, no
default object reprs, no hash(), sets hold ints only, loops are bounded
(range of at most 8, while loops with a counter), ints stay small (`**`
takes exponents up to 3, repetition counts are reduced modulo 4), and no
recursion beyond a small fixed depth.

Same seed, same program (random.Random(seed), no other state).
"""

import random
import sys

WORDS = ["a", "b", "ab", "xyz", "hello", "World", "  pad  ", "a,b,c", "x y z", "42", "-7", "3.5",
         "", "Mixed Case", "tab\tsep", "über", "naïve", "日本", "snake_case", "CamelCase", "aaa"]
KEYS = ["k", "x", "y", "name", "n1", "zz", "q"]
INT_LITS = [0, 1, 2, 3, 5, 7, 10, 12, 100, 255, 1000, -1, -3, -10, 2**31, 10**20, -(2**64)]
FLOAT_LITS = ["0.0", "1.5", "-2.25", "0.1", "3.0", "1e10", "2.5e-3", "-0.0", "100.125", "1/3"]
EXC_TYPES = ["ValueError", "KeyError", "IndexError", "TypeError", "ZeroDivisionError", "RuntimeError",
             "ArithmeticError", "LookupError", "AttributeError", "StopIteration"]
FORMAT_SPECS_INT = ["", "5", "<6", ">6", "^7", "05", "+", "x", "X", "o", "b", "#x", ",", "_", "08.2f", "e", "%"]
FORMAT_SPECS_FLOAT = ["", ".2f", ".3e", "10.1f", "<10", "+.1f", "g", ".3g", "%", ".0f", ",.2f", "08.3f", "E"]
FORMAT_SPECS_STR = ["", "10", "<8", ">8", "^9", "*^9", ".2", "-<6"]


class Scope:
    """Variables in scope: name -> type, plus the callables defined so far."""

    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def names(self, ty):
        out = [n for n, t in self.vars.items() if t == ty]
        if self.parent is not None:
            out += [n for n in self.parent.names(ty) if n not in self.vars]
        return out


class Gen:
    def __init__(self, seed, size):
        self.r = random.Random(seed)
        self.size = size
        self.counter = 0
        self.lines = []
        self.indent = 0
        # int-returning callables: (template, kinds of the arguments)
        self.int_funcs = []
        self.str_funcs = []
        self.list_funcs = []
        self.classes = []      # (name, has __lt__)
        self.exc_classes = []  # user exception classes
        self.scope = Scope()
        self.in_function = False
        self.loop_depth = 0

    # ---- helpers ---------------------------------------------------------

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def emit(self, line):
        self.lines.append("    " * self.indent + line)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def small(self):
        return self.r.randint(0, 6)

    def var(self, ty):
        names = self.scope.names(ty)
        return self.pick(names) if names else None

    def local_var(self, ty):
        """A variable of the innermost scope (one that can be rebound)."""
        names = [n for n, t in self.scope.vars.items() if t == ty]
        return self.pick(names) if names else None

    # ---- expressions -----------------------------------------------------

    def expr(self, ty, d=None):
        if d is None:
            d = self.r.randint(0, 3)
        if d <= 0 or self.chance(0.2):
            v = self.var(ty)
            if v is not None and self.chance(0.7):
                return v
            return self.literal(ty)
        return getattr(self, "e_" + ty)(d - 1)

    def literal(self, ty):
        r = self.r
        if ty == "int":
            return repr(self.pick(INT_LITS)) if self.chance(0.4) else str(r.randint(-20, 50))
        if ty == "float":
            return self.pick(FLOAT_LITS)
        if ty == "str":
            return repr(self.pick(WORDS))
        if ty == "bool":
            return self.pick(["True", "False"])
        if ty == "list":
            return "[" + ", ".join(str(r.randint(-5, 20)) for _ in range(r.randint(0, 6))) + "]"
        if ty == "tuple":
            n = r.randint(0, 4)
            items = [str(r.randint(-5, 20)) for _ in range(n)]
            return "(" + ", ".join(items) + ("," if n == 1 else "") + ")"
        if ty == "set":
            n = r.randint(0, 5)
            if n == 0:
                return "set()"
            return "{" + ", ".join(str(r.randint(-5, 40)) for _ in range(n)) + "}"
        if ty == "dict":
            keys = r.sample(KEYS, r.randint(0, 4))
            return "{" + ", ".join("%r: %d" % (k, r.randint(-5, 20)) for k in keys) + "}"
        if ty == "strlist":
            return "[" + ", ".join(repr(self.pick(WORDS)) for _ in range(r.randint(0, 4))) + "]"
        raise ValueError(ty)

    def e_int(self, d):
        e = self.expr
        c = self.r.randint(0, 33)
        if c == 0:
            return "(%s %s %s)" % (e("int", d), self.pick(["+", "-", "*"]), e("int", d))
        if c == 1:
            op = self.pick(["//", "%"])
            if self.chance(0.9):
                return "(%s %s (%s or 7))" % (e("int", d), op, e("int", d))
            return "(%s %s %s)" % (e("int", d), op, e("int", d))
        if c == 2:
            return "(%s ** %d)" % (e("int", d), self.r.randint(0, 3))
        if c == 3:
            return "(%s %s %s)" % (e("int", d), self.pick(["&", "|", "^"]), e("int", d))
        if c == 4:
            return "(%s %s %d)" % (e("int", d), self.pick(["<<", ">>"]), self.r.randint(0, 5))
        if c == 5:
            return "%s(%s)" % (self.pick(["-", "~", "+", "abs"]), e("int", d))
        if c == 6:
            return "len(%s)" % e(self.pick(["str", "list", "dict", "set", "tuple", "strlist"]), d)
        if c == 7:
            return "%s(%s, %s)" % (self.pick(["min", "max"]), e("int", d), e("int", d))
        if c == 8:
            return "sum(%s)" % e(self.pick(["list", "tuple", "set"]), d)
        if c == 9:
            lst = e("list", d)
            if self.chance(0.85):
                return "(%s or [0])[%s %% len(%s or [0])]" % (lst, e("int", d), lst)
            return "%s[%s]" % (lst, e("int", d))
        if c == 10:
            if self.chance(0.85):
                return "%s.get(%r, %s)" % (e("dict", d), self.pick(KEYS), e("int", d))
            return "%s[%r]" % (e("dict", d), self.pick(KEYS))
        if c == 11:
            return "round(%s)" % e("float", d)
        if c == 12:
            if self.chance(0.9):
                return "int(%s)" % self.pick([e("bool", d), repr(str(self.r.randint(-99, 99))),
                                              "%s %% 1000" % e("float", d)])
            return "int(%s)" % e("str", d)
        if c == 13:
            return "(%s if %s else %s)" % (e("int", d), e("bool", d), e("int", d))
        if c == 14:
            return "%s.%s(%s)" % (e("str", d), self.pick(["find", "count", "rfind"]), e("str", d))
        if c == 15:
            return "ord(%s)" % repr(self.pick("aZ09 ~éü日"))
        if c == 16:
            return "sum(%s)" % self.comprehension("int", d, "(", ")")
        if c == 17 and self.int_funcs:
            tmpl, kinds = self.pick(self.int_funcs)
            return tmpl % tuple(e(k, d) for k in kinds)
        if c == 18:
            return "%s.count(%s)" % (e("list", d), e("int", d))
        if c == 19:
            return "divmod(%s, %s or 3)[%d]" % (e("int", d), e("int", d), self.r.randint(0, 1))
        if c == 20:
            return "pow(%s, %d, %d)" % (e("int", d), self.r.randint(0, 20), self.r.randint(2, 97))
        if c == 21:
            return "(%s).bit_length()" % e("int", d)
        if c == 22:
            return "len(%s)" % self.comprehension("list", d, "[", "]")
        if c == 23:
            return "next(iter(%s), %s)" % (e("list", d), e("int", d))
        if c == 24:
            lst = self.var("list") or self.literal("list")
            return "(sorted(%s)[0] if %s else -1)" % (lst, lst)
        if c == 25:
            return "int(%s, %d)" % (repr(self.pick(["101", "ff", "7", "z", "10"])), self.pick([2, 16, 36, 8]))
        if c == 26:
            if self.chance(0.2):
                return "(%s).index(%s)" % (e("list", d), e("int", d))
            return "%s.find(%r)" % (e("str", d), self.pick("abxlo "))
        if c == 27:
            return "(%s) + (%s)" % (e("bool", d), e("bool", d))
        if c == 28:
            return "math.%s(%s)" % (self.pick(["floor", "ceil", "trunc"]), e("float", d))
        if c == 29:
            return "math.gcd(%s, %s)" % (e("int", d), e("int", d))
        if c == 30:
            return "max(%s, default=%s)" % (e("list", d), e("int", d))
        if c == 31:
            return "(%s).count(%s)" % (e("tuple", d), e("int", d))
        if c == 32:
            return "int.from_bytes(bytes([%d, %d]), %r)" % (self.r.randint(0, 255), self.r.randint(0, 255),
                                                           self.pick(["big", "little"]))
        return "(%s %s %s)" % (e("int", d), self.pick(["+", "-", "*"]), e("int", d))

    def e_float(self, d):
        e = self.expr
        c = self.r.randint(0, 12)
        if c == 0:
            return "(%s %s %s)" % (e("float", d), self.pick(["+", "-", "*"]), e(self.pick(["float", "int"]), d))
        if c == 1:
            if self.chance(0.9):
                return "(%s / (%s or 2.0))" % (e(self.pick(["float", "int"]), d), e(self.pick(["float", "int"]), d))
            return "(%s / %s)" % (e("float", d), e("int", d))
        if c == 2:
            return "float(%s)" % e("int", d)
        if c == 3:
            return "float(%r)" % self.pick(["1.5", "-0", "inf", "-inf", "1e300", "  2.5 ", "1_000.5", "nan"])
        if c == 4:
            return "round(%s, %d)" % (e("float", d), self.r.randint(-1, 4))
        if c == 5:
            return "abs(%s)" % e("float", d)
        if c == 6:
            return "math.sqrt(abs(%s))" % e(self.pick(["float", "int"]), d)
        if c == 7:
            return "(%s %s %s)" % (e("float", d), self.pick(["//", "%"]), self.pick(["3.5", "-2.0", "0.75"]))
        if c == 8:
            return "(abs(%s) ** %s)" % (e("float", d), self.pick(["0.5", "2", "-1.0", "3"]))
        if c == 9:
            return "%s(%s, %s)" % (self.pick(["min", "max"]), e("float", d), e("float", d))
        if c == 10:
            return "math.%s(%s)" % (self.pick(["sin", "cos", "atan", "exp", "fabs", "log1p"]),
                                    "(%s) %% 10" % e("float", d))
        if c == 11:
            return "(%s * 1.0)" % e("int", d)
        return "sum(%s, 0.5)" % e("list", d)

    def e_str(self, d):
        e = self.expr
        c = self.r.randint(0, 30)
        if c == 0:
            return "(%s + %s)" % (e("str", d), e("str", d))
        if c == 1:
            return "(%s * (%s %% 4))" % (e("str", d), e("int", d))
        if c == 2:
            return "%s.%s()" % (e("str", d), self.pick(["upper", "lower", "strip", "title", "capitalize",
                                                       "swapcase", "lstrip", "rstrip", "casefold"]))
        if c == 3:
            return "%s.replace(%s, %s)" % (e("str", d), repr(self.pick("abo ,")), e("str", d))
        if c == 4:
            return "%s[%s]" % (e("str", d), self.slice_expr(d))
        if c == 5:
            return "str(%s)" % e(self.pick(["int", "float", "bool", "list", "tuple", "dict", "set", "strlist"]), d)
        if c == 6:
            return "repr(%s)" % e(self.pick(["str", "float", "strlist", "dict"]), d)
        if c == 7:
            return self.fstring(d)
        if c == 8:
            return "%s.join(%s)" % (repr(self.pick(["", ", ", "-", "::"])), e("strlist", d))
        if c == 9:
            return "%s.%s(%d, %r)" % (e("str", d), self.pick(["center", "ljust", "rjust"]), self.r.randint(0, 12),
                                      self.pick("*- ."))
        if c == 10:
            return "%s.zfill(%d)" % (e("str", d), self.r.randint(0, 8))
        if c == 11:
            return "%s(%s)" % (self.pick(["hex", "oct", "bin"]), e("int", d))
        if c == 12:
            return "chr(65 + %s %% 26)" % e("int", d)
        if c == 13:
            return "format(%s, %r)" % (e("int", d), self.pick(FORMAT_SPECS_INT[:-3]))
        if c == 14:
            return "format(%s, %r)" % (e("float", d), self.pick(FORMAT_SPECS_FLOAT))
        if c == 15:
            return self.percent_format(d)
        if c == 16:
            return "%r.format(%s, %s)" % (self.pick(["{} {}", "{1}-{0}", "{0!r}/{1}", "{:>5}|{:<4}", "{0}{0}"]),
                                          e("str", d), e("int", d))
        if c == 17:
            return "(%s if %s else %s)" % (e("str", d), e("bool", d), e("str", d))
        if c == 18 and self.str_funcs:
            tmpl, kinds = self.pick(self.str_funcs)
            return tmpl % tuple(e(k, d) for k in kinds)
        if c == 19:
            return "%s.partition(%r)[%d]" % (e("str", d), self.pick(", o"), self.r.randint(0, 2))
        if c == 20:
            s = e("str", d)
            return "(%s[%s %% len(%s)] if %s else '')" % (s, e("int", d), s, s)
        if c == 21:
            return "''.join(sorted(%s))" % e("str", d)
        if c == 22:
            return "''.join(reversed(%s))" % e("str", d)
        if c == 23:
            return "%s.expandtabs(%d)" % (e("str", d), self.r.randint(1, 8))
        if c == 24:
            return "str(%s).removeprefix(%r)" % (e("str", d), self.pick(["a", "he", "", "x"]))
        if c == 25:
            return "%s.encode('utf-8').hex()" % e("str", d)
        if c == 26:
            return "ascii(%s)" % e("str", d)
        if c == 27:
            return "type(%s).__name__" % e(self.pick(["int", "float", "str", "list", "dict", "bool", "tuple"]), d)
        if c == 28:
            return "%s.split(%s)[0]" % (e("str", d), self.pick(["", "','", "' '"]))
        if c == 29:
            return "%s.translate({ord('a'): 'A', ord(' '): None})" % e("str", d)
        return "str(%s)" % e("int", d)

    def slice_expr(self, d):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            parts.append(self.pick(["", str(self.r.randint(-6, 8)), self.expr("int", 0)]))
        if len(parts) == 3 and parts[2] in ("0", "-0"):
            parts[2] = "-1"
        if len(parts) == 3 and parts[2] not in ("",) and not parts[2].lstrip("-").isdigit():
            parts[2] = "(%s or 1)" % parts[2]
        if len(parts) == 1:
            return (parts[0] or "0") + ":"
        return ":".join(parts)

    def fexpr(self, ty, d):
        """An expression that can stand inside an f-string's braces."""
        x = self.expr(ty, d)
        for _ in range(20):
            if "\\" not in x and '"' not in x and "#" not in x:
                return " %s " % x if x.startswith("{") else x
            x = self.literal(ty)
        return {"int": "1", "float": "1.5", "str": "'s'", "bool": "True"}.get(ty, "()")

    def fstring(self, d):
        pieces = []
        for _ in range(self.r.randint(1, 3)):
            lit = self.pick(["", "x=", " | ", "val: ", "{{lit}}", "-"])
            c = self.r.randint(0, 6)
            if c == 0:
                inner = "{%s:%s}" % (self.fexpr("int", d), self.pick(FORMAT_SPECS_INT[:-3]))
            elif c == 1:
                inner = "{%s:%s}" % (self.fexpr("float", d), self.pick(FORMAT_SPECS_FLOAT))
            elif c == 2:
                inner = "{%s!r}" % self.fexpr(self.pick(["str", "list", "strlist"]), d)
            elif c == 3:
                inner = "{%s:%s}" % (self.fexpr("str", d), self.pick(FORMAT_SPECS_STR))
            elif c == 4:
                v = self.var("int")
                inner = "{%s=}" % v if v else "{%d}" % self.r.randint(0, 9)
            elif c == 5:
                inner = "{%s:{%d}}" % (self.fexpr("int", d), self.r.randint(1, 9))
            else:
                inner = "{%s}" % self.fexpr(self.pick(["int", "bool", "tuple", "dict"]), d)
            pieces.append(lit + inner)
        # 3.11's f-strings allow no backslash and no double quote in their
        # expressions (string literals here are reprs, in single quotes).
        return 'f"%s"' % "".join(pieces)

    def percent_format(self, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return "'%%d-%%s' %% (%s, %s)" % (self.expr("int", d), self.expr("str", d))
        if c == 1:
            return "'%%5.2f|%%-6d|%%x' %% (%s, %s, %s)" % (self.expr("float", d), self.expr("int", d),
                                                          "abs(%s)" % self.expr("int", d))
        if c == 2:
            return "'%%r and %%%%' %% (%s,)" % self.expr(self.pick(["str", "list"]), d)
        return "'%%(k)s=%%(v)05d' %% {'k': %s, 'v': %s}" % (self.expr("str", d), self.expr("int", d))

    def e_bool(self, d):
        e = self.expr
        c = self.r.randint(0, 13)
        if c == 0:
            ty = self.pick(["int", "float", "str", "int"])
            return "(%s %s %s)" % (e(ty, d), self.pick(["<", "<=", "==", "!=", ">", ">="]), e(ty, d))
        if c == 1:
            return "(%s < %s <= %s)" % (e("int", d), e("int", d), e("int", d))
        if c == 2:
            return "(%s in %s)" % (e("int", d), e(self.pick(["list", "set", "tuple"]), d))
        if c == 3:
            return "(%s in %s)" % (e("str", d), e(self.pick(["str", "dict", "strlist"]), d))
        if c == 4:
            return "not %s" % e("bool", d)
        if c == 5:
            return "(%s %s %s)" % (e("bool", d), self.pick(["and", "or"]), e("bool", d))
        if c == 6:
            return "bool(%s)" % e(self.pick(["int", "str", "list", "dict", "float"]), d)
        if c == 7:
            return "%s.%s(%s)" % (e("str", d), self.pick(["startswith", "endswith"]), e("str", d))
        if c == 8:
            return "%s.%s()" % (e("str", d), self.pick(["isdigit", "isalpha", "isupper", "islower", "isspace",
                                                       "isidentifier", "isalnum"]))
        if c == 9:
            return "%s(%s)" % (self.pick(["any", "all"]), self.comprehension("bool", d, "(", ")"))
        if c == 10:
            return "isinstance(%s, %s)" % (e(self.pick(["int", "bool", "str", "float"]), d),
                                          self.pick(["int", "str", "(int, float)", "bool", "object"]))
        if c == 11:
            ty = self.pick(["list", "tuple", "strlist", "set", "dict"])
            return "(%s %s %s)" % (e(ty, d), self.pick(["==", "!="] + (["<", ">="] if ty != "dict" else [])),
                                   e(ty, d))
        if c == 12:
            return "(%s).isdisjoint(%s)" % (e("set", d), e("list", d))
        return "(%s is None)" % e(self.pick(["int", "list"]), d)

    def e_list(self, d):
        e = self.expr
        c = self.r.randint(0, 14)
        if c == 0:
            return self.comprehension("int", d, "[", "]")
        if c == 1:
            return "list(range(%s))" % self.pick(["%s %% 8" % e("int", d), "%d, %d" % (self.r.randint(-3, 3),
                                                                                     self.r.randint(0, 8)),
                                                   "%d, %d, %d" % (self.r.randint(0, 9), self.r.randint(-3, 9),
                                                                   self.pick([-2, -1, 1, 3]))])
        if c == 2:
            return "sorted(%s%s)" % (e(self.pick(["list", "set", "tuple"]), d),
                                     self.pick(["", ", reverse=True", ", key=abs", ", key=lambda v: (v % 3, -v)"]))
        if c == 3:
            return "(%s + %s)" % (e("list", d), e("list", d))
        if c == 4:
            return "(%s * (%s %% 3))" % (e("list", d), e("int", d))
        if c == 5:
            return "%s[%s]" % (e("list", d), self.slice_expr(d))
        if c == 6:
            return "list(map(lambda v: %s, %s))" % (self.lambda_body(d), e("list", d))
        if c == 7:
            return "list(filter(lambda v: v %% %d == %d, %s))" % (self.r.randint(1, 4), self.r.randint(0, 1),
                                                                 e("list", d))
        if c == 8:
            return "list(reversed(%s))" % e("list", d)
        if c == 9 and self.list_funcs:
            tmpl, kinds = self.pick(self.list_funcs)
            return tmpl % tuple(e(k, d) for k in kinds)
        if c == 10:
            return "[len(w) for w in %s]" % e("strlist", d)
        if c == 11:
            return "list(%s)" % e(self.pick(["tuple", "set"]), d)
        if c == 12:
            return "[%s, *%s]" % (e("int", d), e("list", d))
        if c == 13:
            return "list(%s.values())" % e("dict", d)
        return "[a * b for a, b in zip(%s, %s)]" % (e("list", d), e("list", d))

    def lambda_body(self, d):
        return self.pick(["v * 2", "v - 1", "-v", "v % 3", "v ** 2", "abs(v) // 2", "v if v > 0 else 0",
                          "(v << 1) | 1"])

    def e_tuple(self, d):
        e = self.expr
        c = self.r.randint(0, 5)
        if c == 0:
            return "tuple(%s)" % e("list", d)
        if c == 1:
            return "(%s, %s)" % (e("int", d), e("int", d))
        if c == 2:
            return "divmod(%s, %s)" % (e("int", d), self.pick(["3", "-4", "7"]))
        if c == 3:
            return "%s[%s]" % (e("tuple", d), self.slice_expr(d))
        if c == 4:
            return "(%s + %s)" % (e("tuple", d), e("tuple", d))
        return "tuple(sorted(%s))" % e("set", d)

    def e_set(self, d):
        e = self.expr
        c = self.r.randint(0, 5)
        if c == 0:
            return "set(%s)" % e("list", d)
        if c == 1:
            return "(%s %s %s)" % (e("set", d), self.pick(["|", "&", "-", "^"]), e("set", d))
        if c == 2:
            return self.comprehension("int", d, "{", "}")
        if c == 3:
            return "%s.union(%s)" % (e("set", d), e("list", d))
        if c == 4:
            return "{%s %% 10 for _ in range(2)}" % e("int", d)
        return "set(range(%d, %d))" % (self.r.randint(-3, 3), self.r.randint(0, 9))

    def e_dict(self, d):
        e = self.expr
        c = self.r.randint(0, 5)
        if c == 0:
            return "dict(zip(%s, %s))" % (self.pick(["%r" % KEYS[:self.r.randint(0, 5)], e("strlist", d)]),
                                          e("list", d))
        if c == 1:
            return "{k: %s for k in %s}" % (self.pick(["len(k)", "0", "ord(k[0]) if k else 1"]), e("strlist", d))
        if c == 2:
            return "(%s | %s)" % (e("dict", d), e("dict", d))
        if c == 3:
            return "{%r: %s, **%s}" % (self.pick(KEYS), e("int", d), e("dict", d))
        if c == 4:
            return "dict(%s, %s=%s)" % (e("dict", d), self.pick(KEYS), e("int", d))
        return "{k: v for k, v in sorted(%s.items()) if v %% 2}" % e("dict", d)

    def e_strlist(self, d):
        e = self.expr
        c = self.r.randint(0, 6)
        if c == 0:
            return "%s.split(%s)" % (e("str", d), self.pick(["", "','", "' '", "'a'"]))
        if c == 1:
            return "sorted(%s)" % e("strlist", d)
        if c == 2:
            return "[%s for w in %s if %s]" % (self.pick(["w.upper()", "w * 2", "w[::-1]", "w"]), e("strlist", d),
                                               self.pick(["w", "len(w) > 1", "True", "'a' in w"]))
        if c == 3:
            return "list(%s)" % e("str", d)
        if c == 4:
            return "list(%s.keys())" % e("dict", d)
        if c == 5:
            return "sorted(%s, key=len)" % e("strlist", d)
        return "(%s + %s)" % (e("strlist", d), e("strlist", d))

    def comprehension(self, elt_ty, d, open_, close):
        v = self.fresh("c")
        src = self.pick(["range(%d)" % self.r.randint(0, 8), self.expr("list", d), self.expr("tuple", d)])
        self.scope.vars[v] = "int"
        if elt_ty == "bool":
            elt = "%s %s %d" % (v, self.pick([">", "<", "==", "!="]), self.r.randint(-2, 6))
        else:
            elt = self.pick(["%s * %s" % (v, self.expr("int", 0)), "%s + 1" % v, v, "%s %% 4" % v,
                             self.expr("int", min(d, 1))])
        cond = ""
        if self.chance(0.4):
            cond = " if %s %% %d" % (v, self.r.randint(2, 4))
        nested = ""
        if self.chance(0.15):
            w = self.fresh("c")
            nested = " for %s in range(%d)" % (w, self.r.randint(0, 3))
        del self.scope.vars[v]
        return "%s%s for %s in %s%s%s%s" % (open_, elt, v, src, nested, cond, close)

    # ---- statements ------------------------------------------------------

    def show(self, expr):
        self.emit("print(%s)" % expr)

    def assign(self, ty=None):
        ty = ty or self.pick(["int", "int", "float", "str", "str", "bool", "list", "dict", "set", "tuple", "strlist"])
        name = self.fresh("v")
        self.emit("%s = %s" % (name, self.expr(ty)))
        self.scope.vars[name] = ty
        return name

    def wild(self, d):
        """An expression that mixes types freely: mostly errors, whose
        type and message are compared."""
        tys = ["int", "float", "str", "bool", "list", "dict", "set", "tuple", "strlist"]
        a, b = "(%s)" % self.expr(self.pick(tys), d), "(%s)" % self.expr(self.pick(tys), d)
        c = self.r.randint(0, 9)
        if c <= 3:
            op = self.pick(["+", "-", "*", "/", "//", "%", "**", "<", "<=", "&", "|", "^", "<<", "@"])
            if op in ("*", "**", "<<"):
                # A large int here would build a huge sequence or number.
                b = self.pick(["3", "-1", "'s'", "[1]", "2.5", "None", "(1,)", "{}", "True"])
            return "(%s %s %s)" % (a, op, b)
        if c == 4:
            # (no hash, iter, set: their output depends on str hashes or ids)
            return "%s(%s)" % (self.pick(["int", "float", "len", "abs", "next", "sorted", "sum", "list",
                                          "min", "max", "chr", "ord", "round", "bool", "tuple", "dict"]), a)
        if c == 5:
            return "%s[%s]" % (a, b)
        if c == 6:
            return "%s.%s" % (a, self.pick(["append(1)", "upper()", "keys()", "real", "zz", "__len__()",
                                            "index(0)", "pop()", "split(',')", "get(0)"]))
        if c == 7:
            f = self.pick(["divmod", "pow", "isinstance", "getattr", "format", "list(zip", "list(map"])
            return "%s(%s, %s)%s" % (f, a, b, ")" if "(" in f else "")
        if c == 8:
            return "(%s in %s)" % (a, b)
        return "[*%s, *%s]" % (a, b)

    def probe_stmt(self):
        """Builtins called the wrong way, for their error messages."""
        self.show(self.pick([
            "int(%r)" % self.pick(["12a", "", " 7 ", "0x1f", "1_0", "٣", "1e3", "- 1"]),
            "float(%r)" % self.pick(["1.5.2", "", "nan", "-inf", "1e400", "0x10", "١.٥", "1_5"]),
            "int(%r, %d)" % (self.pick(["zz", "0b101", "0o17", "-ff", "12"]), self.pick([0, 2, 8, 16, 36, 37, 1])),
            "[1, 2, 3].index(%d)" % self.r.randint(0, 5),
            "[1, 2, 3].remove(%d)" % self.r.randint(0, 5),
            "[].pop()",
            "{}.popitem()",
            "'abc'.index(%r)" % self.pick(["b", "z"]),
            "'abc'[%d]" % self.r.randint(-5, 5),
            "(1, 2)[%d]" % self.r.randint(-4, 4),
            "{'a': 1}[%r]" % self.pick(["a", "b"]),
            "'-'.join(%s)" % self.pick(["[1, 2]", "['a', 2]", "'xyz'", "('a', None)"]),
            "%r %% %s" % (self.pick(["%d", "%s %s", "%(a)s", "%x", "%c"]), self.pick(["(1,)", "'a'", "{'a': 1}", "(1, 2, 3)", "3.5"])),
            "divmod(%s, %s)" % (self.pick(["7", "-7", "7.5", "0"]), self.pick(["2", "-2", "0", "0.0"])),
            "pow(%d, %d, %d)" % (self.r.randint(-5, 5), self.r.randint(-2, 3), self.pick([0, 1, 7, 10])),
            "round(%s, %d)" % (self.pick(["2.5", "3.5", "-0.5", "1.005", "123.456", "1e20", "7"]), self.r.randint(-2, 3)),
            "chr(%d)" % self.pick([-1, 65, 0x110000, 955]),
            "list(range(%d, %d, %d))" % (self.r.randint(-3, 3), self.r.randint(-3, 8), self.pick([1, 2, -1, 0])),
            "sorted([3, 'a', 1])",
            "max([])",
            "min([], default=%d)" % self.r.randint(0, 3),
            "sum(['a', 'b'], '')",
            "[1, 2][::0]",
            "'x' * -1, [1] * 0, 'ab' * True",
            "1 / 0",
            "1.0 // 0.0",
            "7 % 0",
            "2 ** -1, (-8) ** (1/3) if False else 0, 0 ** 0, (-2) ** 2",
            "10 ** 400 * 1.0",
            "math.sqrt(-1)",
            "math.log(0)",
            "math.factorial(%d)" % self.r.randint(-1, 25),
            "math.comb(%d, %d)" % (self.r.randint(0, 30), self.r.randint(-1, 10)),
            "math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10)",
            "(%s).as_integer_ratio()" % self.pick(["0.75", "-2.5", "7", "1e-3"]),
            "(%d).to_bytes(2, %r)" % (self.pick([1, 255, 256, 65535, 65536, -1]), self.pick(["big", "little"])),
            "float(%r).is_integer(), (2.5).hex(), float.fromhex('0x1.8p1')" % self.pick(["3.0", "3.5"]),
            "getattr(object(), %r)" % self.pick(["zz", "__class__"]),
            "None + 1",
            "len(5)",
            "iter(5)",
            "next(iter([]))",
            "dict([(1, 2), (3,)])",
            "'%s' % ()",
            "'{} {}'.format(1)",
            "'{0:d}'.format('x')",
            "format(%s, %r)" % (self.pick(["1234.5678", "-0.0", "1e-7", "123456789", "float('inf')", "True"]),
                               self.pick([",", "_.2f", ">12.3e", "+g", "#x", "08.3%", "^10", "n", "=+8", "c"])),
            "str(%s), repr(%s)" % ((self.pick(["1e16", "1e-5", "0.1 + 0.2", "2.0 ** 60", "-0.0", "1/3", "123456789012345678.0"]),) * 2),
            "%r.%s" % (self.pick(["a,b,,c", "  x  y ", "one\ntwo\r\nthree", "a-b-c", ""]),
                       self.pick(["split(',')", "split()", "split(None, 1)", "rsplit('-', 1)", "splitlines()",
                                  "splitlines(True)", "partition('-')", "rpartition('-')", "strip(' xa')",
                                  "title()", "swapcase()", "count('')", "find('', 2)", "expandtabs()",
                                  "center(9, '*')", "zfill(6)", "isnumeric()", "casefold()"])),
        ]))

    def probe2_stmt(self):
        """Corners of str, int, float and container behaviour."""
        u = self.pick(["'ß'", "'ﬁ'", "'İ'", "'ǅ'", "'Σσς'", "'²³'", "'٣'", "'Ⅻ'", "'\\x1c\\x1d'", "'a\\u2028b'",
                       "'éÉ'", "'ǰ'", "'\\t x \\n'", "'ΑΒΓ'", "('x' * 3)"])
        self.show(self.pick([
            "%s.upper(), %s.lower(), %s.title(), %s.casefold(), %s.swapcase()" % ((u,) * 5),
            "%s.isdigit(), %s.isdecimal(), %s.isnumeric(), %s.isalpha(), %s.isprintable()" % ((u,) * 5),
            "%s.splitlines(), %s.split(), len(%s), %s.capitalize(), ascii(%s)" % ((u,) * 5),
            "sorted(%s), %s.center(7, '|'), %s.encode('utf-8'), repr(%s)" % ((u,) * 4),
            "int('1' * %d)" % self.pick([4300, 4301, 5000]),
            "len(str(10 ** %d))" % self.pick([4299, 4300, 5000]),
            "format(%s, %r)" % (self.pick(["0.5", "1.5", "2.5", "1e16", "123456.789", "1e-4", "0.0001234",
                                          "float('nan')", "-float('inf')", "10 ** 16", "-7"]),
                               self.pick(["g", ".1g", ".10g", "e", ".0e", "%", ".1%", "", "n", ".3", "+.2f",
                                          " .3f", "10.4", "<10.2e", "_", ",", "#.0f", "#g"])),
            "round(%s), round(%s, 1), round(%s, -1)" % ((self.pick(["0.5", "1.5", "2.675", "-2.5", "1e300",
                                                                    "12345", "-0.05", "0.125"]),) * 3),
            "math.floor(%s)" % self.pick(["float('inf')", "float('nan')", "-0.5", "1e20"]),
            "int(%s)" % self.pick(["float('inf')", "float('nan')", "-0.9", "1e20", "'  -12  '", "'1_000'",
                                   "'١٢'", "b'12'", "'12', 0", "'0x12', 0", "'012', 0"]),
            "float(%s).__repr__()" % self.pick(["2 ** 53 + 1", "1/7", "1e22", "1e23", "5e-324", "0.1 * 3",
                                                "2.0 ** -1074", "1.7976931348623157e308"]),
            "%d ** %d %% %d, pow(%d, %d, %d)" % (self.r.randint(-9, 9), self.r.randint(0, 50), self.r.randint(1, 97),
                                                 self.r.randint(-9, 9), self.r.randint(-3, 50), self.r.randint(2, 97)),
            "(-7) // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, divmod(-7, 2), (-7).__floordiv__(2)",
            "1 << 64, -1 >> 70, ~(2 ** 65), (2 ** 65) & -1, (-2 ** 65) | 3, (2 ** 70) ^ (2 ** 69)",
            "(255).to_bytes(2, 'little', signed=True), int.from_bytes(b'\\xff\\x00', 'little', signed=True)",
            "(%d).bit_count(), (%d).bit_length(), hex(%d), oct(%d), bin(%d)" % ((self.r.randint(-300, 300),) * 5),
            "sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]), sorted('bca', reverse=True)",
            "sorted([3, 1, 2], key=lambda v: -v), sorted([[2], [1, 5], []]), max('abc', key=ord)",
            "[1, 2, 3] < [1, 2], (1, 2) < (1, 2, 0), 'a' < 'B', [1] == [1.0], {1: 2} == {1.0: 2.0}",
            "list(reversed(range(%d, %d, %d)))" % (self.r.randint(-5, 5), self.r.randint(-5, 20), self.pick([1, 3, -2])),
            "range(%d, %d, %d)[%d:%d]" % (self.r.randint(-5, 5), self.r.randint(-5, 20), self.pick([1, 3, -2]),
                                          self.r.randint(-3, 3), self.r.randint(-3, 6)),
            "len(range(0, 10 ** 20, 3)) if False else range(0, 100, 3).index(%d)" % self.pick([3, 4, 99]),
            "{'a': 1}.keys() | {'b'} == {'a', 'b'}, {'a': 1}.items() & {('a', 1)}",
            "dict.fromkeys('abc', 0), {**{'a': 1}, 'a': 2}, dict(a=1) | dict(b=2)",
            "[*range(3), *'ab'], (*'xy',), {*()}, [x for x in (1, 2) for y in (3, 4) if x < y]",
            "str(b'abc'), repr(bytearray(b'x')), b'abc'[1], b'ab' + bytes([0, 255]), bytes(3), b'%d' % 5",
            "b'hello world'.split(), b'abc'.upper(), bytes.fromhex('ff 00'), b'abc'.hex(':'), b'a' * 3",
            "'%5s|%-5s|%05.1f|%x|%o|%e|%g|%c|%%|%r' % ('ab', 'c', 3.14159, 255, 8, 12345.678, 0.00001, 65, 'q')",
            "'{:08.3f} {:>+6d} {:^7} {!r:>6} {:#b} {:,} {:_x}'.format(3.14159, 42, 'mid', 'r', 5, 1234567, 65535)",
            "f'{3.0:.0f} {2.5:.0f} {1234.5:,.1f} {0.000012345:.3g} {12:#o} {-0.0} {1e100:.2e}'",
            "'abc'.find('c', -1), 'abc'.rfind('', 1), 'aaa'.replace('a', 'b', 2), 'abc'.strip('ac'), 'a,b'.partition(';')",
            "'  x'.expandtabs(), 'a\\tb'.expandtabs(4), 'x'.zfill(-1), '-42'.zfill(6), '+'.zfill(3)",
            "'The Quick'.istitle(), 'hello'.index('l', 3), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 2)",
        ]))

    def simple_stmt(self):
        if self.chance(0.05):
            self.probe2_stmt()
            return
        if self.chance(0.06):
            self.show(self.wild(self.r.randint(0, 1)))
            return
        if self.chance(0.06):
            self.probe_stmt()
            return
        c = self.r.randint(0, 12)
        if c <= 2:
            n = self.assign()
            self.show(n)
        elif c == 3:
            v = self.local_var("int")
            if v:
                self.emit("%s %s= %s" % (v, self.pick(["+", "-", "*", "|", "^"]), self.expr("int", 1)))
                self.emit("%s %%= 100003" % v)
                self.show(v)
            else:
                self.show(self.expr("int"))
        elif c == 4:
            v = self.var("list")
            if v:
                m = self.r.randint(0, 9)
                if m == 0:
                    self.emit("%s.append(%s)" % (v, self.expr("int", 1)))
                elif m == 1:
                    self.emit("%s.extend(%s)" % (v, self.expr("list", 1)))
                elif m == 2:
                    self.emit("%s.insert(%s, %s)" % (v, self.expr("int", 0), self.expr("int", 0)))
                elif m == 3:
                    self.emit("if %s: print(%s.pop(%s))" % (v, v, self.pick(["", "0", "-1"])))
                elif m == 4:
                    self.emit("%s.sort(%s)" % (v, self.pick(["", "reverse=True", "key=lambda v: -v"])))
                elif m == 5:
                    self.emit("%s[%s] = %s" % (v, self.slice_expr(0).replace("::", ":"), self.expr("list", 1)))
                elif m == 6:
                    self.emit("del %s[%s]" % (v, self.slice_expr(0)))
                elif m == 7:
                    self.emit("if %s: %s[0] = %s" % (v, v, self.expr("int", 1)))
                elif m == 8:
                    self.emit("%s.reverse()" % v)
                elif v in self.scope.vars:
                    self.emit("%s += %s" % (v, self.expr("list", 1)))
                else:
                    self.emit("%s[:0] = %s" % (v, self.expr("list", 1)))
                if m in (0, 1, 2, 5, 9):
                    # Loops re-run this: keep the list from growing without bound.
                    self.emit("del %s[30:]" % v)
                self.show(v)
            else:
                self.show(self.expr("list"))
        elif c == 5:
            v = self.var("dict")
            if v:
                m = self.r.randint(0, 5)
                k = repr(self.pick(KEYS))
                if m == 0:
                    self.emit("%s[%s] = %s" % (v, k, self.expr("int", 1)))
                elif m == 1:
                    self.emit("print(%s.pop(%s, None))" % (v, k))
                elif m == 2:
                    self.emit("print(%s.setdefault(%s, %s))" % (v, k, self.expr("int", 0)))
                elif m == 3:
                    self.emit("%s.update(%s)" % (v, self.expr("dict", 1)))
                elif m == 4:
                    self.emit("if %s in %s: del %s[%s]" % (k, v, v, k))
                else:
                    self.emit("for key, val in %s.items(): print(key, val)" % v)
                self.show(v)
            else:
                self.show(self.expr("dict"))
        elif c == 6:
            v = self.var("set")
            if v:
                self.emit("%s.%s(%s)" % (v, self.pick(["add", "discard"]), self.expr("int", 1)))
                self.show("sorted(%s)" % v if self.chance(0.5) else v)
            else:
                self.show(self.expr("set"))
        elif c == 7:
            self.show("%s, %s" % (self.expr(self.pick(["int", "str", "float"])),
                                  self.expr(self.pick(["bool", "list", "tuple"]))))
        elif c == 8:
            a, b = self.fresh("v"), self.fresh("v")
            self.emit("%s, *%s = %s" % (a, b, self.pick(["(1, 2, 3)", "[9]", "'abc'", "range(4)"])))
            self.scope.vars[a] = "other"
            self.show("%s, %s" % (a, b))
        elif c == 9:
            self.show("%s, sep=%r, end=%r" % (self.expr("str"), self.pick(["", "-", ", "]), self.pick(["\n", "!\n"])))
        elif c == 10:
            self.show(self.expr(self.pick(["str", "str", "float", "int"]), 3))
        elif c == 11:
            v = self.local_var("str")
            if v:
                self.emit("%s += %s" % (v, self.expr("str", 1)))
                self.emit("%s = %s[-40:]" % (v, v))
                self.show(v)
            else:
                self.show(self.expr("str"))
        else:
            self.show(self.expr("bool"))

    def block(self, n=None, depth=0):
        """A sequence of statements in the current indentation."""
        n = n or self.r.randint(1, 3)
        for _ in range(n):
            self.stmt(depth)

    def stmt(self, depth):
        if depth >= 3:
            self.simple_stmt()
            return
        c = self.r.randint(0, 12)
        if c <= 4 or c >= 11:
            self.simple_stmt()
            return
        # Names bound inside a compound statement may be unbound after it
        # (branch not taken, exception): forget them.
        saved = dict(self.scope.vars)
        self.compound_stmt(c, depth)
        self.scope.vars = saved

    def compound_stmt(self, c, depth):
        if c == 5:
            self.if_stmt(depth)
        elif c == 6:
            self.for_stmt(depth)
        elif c == 7:
            self.while_stmt(depth)
        elif c == 8:
            self.try_stmt(depth)
        elif c == 9 and self.loop_depth > 0:
            self.emit("if %s:" % self.expr("bool", 1))
            self.indent += 1
            self.emit(self.pick(["break", "continue"]))
            self.indent -= 1
        elif c == 10:
            self.emit("with Ctx(%r) as ctx%d:" % (self.pick(KEYS), depth))
            self.indent += 1
            self.block(depth=depth + 1)
            self.indent -= 1
        else:
            self.simple_stmt()

    def if_stmt(self, depth):
        self.emit("if %s:" % self.expr("bool"))
        self.indent += 1
        self.block(depth=depth + 1)
        self.indent -= 1
        for _ in range(self.r.randint(0, 2)):
            self.emit("elif %s:" % self.expr("bool"))
            self.indent += 1
            self.block(depth=depth + 1)
            self.indent -= 1
        if self.chance(0.5):
            self.emit("else:")
            self.indent += 1
            self.block(depth=depth + 1)
            self.indent -= 1

    def for_stmt(self, depth):
        v = self.fresh("i")
        c = self.r.randint(0, 5)
        if c == 0:
            src, ty = "range(%d)" % self.r.randint(0, 6), "int"
        elif c == 1:
            src, ty = self.expr("list", 1), "int"
        elif c == 2:
            src, ty = self.expr("str", 1), "str"
        elif c == 3:
            src, ty = "enumerate(%s)" % self.expr("strlist", 1), "other"
        elif c == 4:
            src, ty = "sorted(%s)" % self.expr("dict", 1), "str"
        else:
            src, ty = "zip(%s, %s)" % (self.expr("list", 1), self.expr("str", 1)), "other"
        self.emit("for %s in %s:" % (v, src))
        self.indent += 1
        self.scope.vars[v] = ty
        self.loop_depth += 1
        if ty == "other":
            self.show(v)
        self.block(depth=depth + 1)
        self.loop_depth -= 1
        self.indent -= 1
        if self.chance(0.3):
            self.emit("else:")
            self.indent += 1
            self.show("'for-else', %s" % repr(v))
            self.indent -= 1

    def while_stmt(self, depth):
        v = self.fresh("w")
        self.emit("%s = 0" % v)
        self.emit("while %s < %d:" % (v, self.r.randint(0, 6)))
        self.indent += 1
        self.emit("%s += 1" % v)
        self.scope.vars[v] = "int_ro"
        self.loop_depth += 1
        self.block(depth=depth + 1)
        self.loop_depth -= 1
        self.indent -= 1
        if self.chance(0.3):
            self.emit("else:")
            self.indent += 1
            self.show("'while-else', %s" % v)
            self.indent -= 1

    def raise_stmt(self):
        c = self.r.randint(0, 3)
        if c == 0 and self.exc_classes:
            return "raise %s(%s)" % (self.pick(self.exc_classes), self.expr("int", 1))
        if c == 1:
            return "raise %s(%s)" % (self.pick(EXC_TYPES), self.expr("str", 1))
        if c == 2:
            return "raise %s" % self.pick(EXC_TYPES)
        return "print(%s)" % self.expr(self.pick(["int", "str"]), 3)

    def try_stmt(self, depth):
        self.emit("try:")
        self.indent += 1
        self.block(depth=depth + 1)
        if self.chance(0.4):
            self.emit("if %s:" % self.expr("bool", 1))
            self.indent += 1
            self.emit(self.raise_stmt())
            self.indent -= 1
        self.indent -= 1
        handled = False
        for _ in range(self.r.randint(0, 2)):
            handled = True
            types = self.r.sample(EXC_TYPES + self.exc_classes, self.r.randint(1, 2))
            t = types[0] if len(types) == 1 else "(%s)" % ", ".join(types)
            self.emit("except %s as e:" % t)
            self.indent += 1
            self.show("'caught', type(e).__name__, e.args")
            if self.chance(0.3):
                self.block(depth=depth + 1)
            if self.chance(0.15):
                self.emit("raise RuntimeError('wrapped') from e")
            self.indent -= 1
        if self.chance(0.3) or not handled:
            handled = True
            self.emit("except Exception as e:")
            self.indent += 1
            self.show("'caught', type(e).__name__, str(e)")
            self.indent -= 1
        if self.chance(0.3):
            self.emit("else:")
            self.indent += 1
            self.show("'no exception'")
            self.indent -= 1
        if self.chance(0.5):
            self.emit("finally:")
            self.indent += 1
            self.show("'finally', %d" % self.r.randint(0, 99))
            self.indent -= 1

    # ---- top-level definitions --------------------------------------------

    def function_def(self):
        name = self.fresh("f")
        nparams = self.r.randint(1, 3)
        params = ["p%d" % i for i in range(nparams)]
        sig = list(params)
        star = self.chance(0.3)
        default = self.chance(0.4)
        if default:
            sig.append("q=%d" % self.r.randint(0, 9))
        if star:
            sig.append("*rest")
        kw = self.chance(0.2)
        if kw:
            sig.append("**kw")
        self.emit("def %s(%s):" % (name, ", ".join(sig)))
        self.indent += 1
        outer, self.scope = self.scope, Scope(self.scope)
        for p in params:
            self.scope.vars[p] = "int"
        if default:
            self.scope.vars["q"] = "int"
        if star:
            self.scope.vars["rest"] = "tuple"
        if kw:
            self.emit("total = len(kw)")
            self.scope.vars["total"] = "int"
        was, self.in_function = self.in_function, True
        self.block(self.r.randint(1, 3), depth=1)
        if self.chance(0.3):
            self.emit("if %s:" % self.expr("bool", 1))
            self.indent += 1
            self.emit("return %s" % self.expr("int", 1))
            self.indent -= 1
        self.emit("return %s" % self.expr("int", 2))
        self.in_function = was
        self.scope = outer
        self.indent -= 1
        args = ", ".join(["%s"] * nparams)
        kinds = ["int"] * nparams
        if star and self.chance(0.5):
            args += ", %s, %s"
            kinds += ["int", "int"]
        elif default and self.chance(0.5):
            args += ", q=%s"
            kinds += ["int"]
        self.int_funcs.append(("%s(%s)" % (name, args), kinds))
        self.show("%s(%s)" % (name, ", ".join(self.expr("int", 1) for _ in range(nparams))))

    def closure_def(self):
        c = self.r.randint(0, 2)
        if c == 0:
            name = self.fresh("make_adder")
            self.emit("def %s(k):" % name)
            self.emit("    def add(x):")
            self.emit("        return x * k + %d" % self.r.randint(0, 5))
            self.emit("    return add")
            self.int_funcs.append(("%s(%%s)(%%s)" % name, ["int", "int"]))
            self.show("%s(%s)(%s)" % (name, self.expr("int", 1), self.expr("int", 1)))
        elif c == 1:
            name = self.fresh("counter")
            self.emit("def %s(start, step=%d):" % (name, self.r.randint(1, 3)))
            self.emit("    n = start")
            self.emit("    def inc():")
            self.emit("        nonlocal n")
            self.emit("        n += step")
            self.emit("        return n")
            self.emit("    return inc")
            inst = self.fresh("cnt")
            self.emit("%s = %s(%s)" % (inst, name, self.expr("int", 1)))
            self.show("%s(), %s(), %s()" % (inst, inst, inst))
        else:
            name = self.fresh("fns")
            self.emit("%s = [lambda x, i=i: x + i * %d for i in range(%d)]" % (name, self.r.randint(1, 4),
                                                                              self.r.randint(1, 4)))
            self.show("[g(%s) for g in %s]" % (self.expr("int", 1), name))
            late = self.fresh("late")
            self.emit("%s = [lambda: i for i in range(3)]" % late)
            self.show("[g() for g in %s]" % late)

    def class_def(self):
        base = None
        if self.classes and self.chance(0.5):
            base = self.pick(self.classes)
        name = self.fresh("C")
        self.emit("class %s%s:" % (name, "(%s)" % base if base else ""))
        self.indent += 1
        self.emit("kind = %r" % self.pick(WORDS))
        self.emit("count = 0")
        self.emit("def __init__(self, x, s='s'):")
        if base:
            self.emit("    super().__init__(x + 1, s)")
        else:
            self.emit("    self.x = x")
            self.emit("    self.s = s")
        self.emit("    %s.count += 1" % name)
        self.emit("def value(self, k):")
        if base and self.chance(0.6):
            self.emit("    return super().value(k) * %d + %s" % (self.r.randint(1, 3), "self.x"))
        else:
            self.emit("    return self.x * k + len(self.s)")
        self.emit("def __repr__(self):")
        self.emit("    return f'%s({self.x!r}, {self.s!r})'" % name)
        if self.chance(0.5):
            self.emit("def __eq__(self, other):")
            self.emit("    return isinstance(other, %s) and self.x == other.x" % name)
            self.emit("def __lt__(self, other):")
            self.emit("    return (self.x, self.s) < (other.x, other.s)")
            if self.chance(0.3):
                self.emit("__hash__ = None")
            else:
                self.emit("def __hash__(self):")
                self.emit("    return self.x")
        if self.chance(0.5):
            self.emit("@property")
            self.emit("def double(self):")
            self.emit("    return self.x * 2")
        else:
            self.emit("double = property(lambda self: self.x + self.x)")
        if self.chance(0.4):
            self.emit("@classmethod")
            self.emit("def make(cls, v):")
            self.emit("    return cls(v, cls.__name__)")
            self.emit("@staticmethod")
            self.emit("def helper(a, b=2):")
            self.emit("    return a * b")
        if self.chance(0.3):
            self.emit("def __add__(self, other):")
            self.emit("    return %s(self.x + (other.x if isinstance(other, %s) else other), self.s)" % (name, name))
            self.emit("def __len__(self):")
            self.emit("    return abs(self.x) % 10")
        self.indent -= 1
        self.classes.append(name)
        self.int_funcs.append(("%s(%%s).value(%%s)" % name, ["int", "int"]))
        self.int_funcs.append(("%s(%%s, %%s).double" % name, ["int", "str"]))
        self.str_funcs.append(("repr(%s(%%s, %%s))" % name, ["int", "str"]))
        obj = self.fresh("o")
        self.emit("%s = %s(%s, %s)" % (obj, name, self.expr("int", 1), self.expr("str", 1)))
        self.show(obj)
        self.show("%s.value(%s), %s.double, %s.kind, %s.count" % (obj, self.expr("int", 1), obj, obj, name))
        self.show("isinstance(%s, %s), type(%s).__name__, [k.__name__ for k in %s.__mro__]"
                  % (obj, self.pick(self.classes), obj, name))
        self.show("hasattr(%s, 'make'), getattr(%s, 'missing', 'default')" % (obj, obj))
        objs = self.fresh("objs")
        self.emit("%s = [%s(v, %r) for v in %s]" % (objs, name, self.pick(WORDS), self.expr("list", 1)))
        self.show("sorted(%s, key=lambda o: (o.x, o.s))" % objs)

    def generator_def(self):
        name = self.fresh("gen")
        c = self.r.randint(0, 3)
        if c == 0:
            self.emit("def %s(n):" % name)
            self.emit("    for i in range(n):")
            self.emit("        if i %% %d == 0:" % self.r.randint(1, 3))
            self.emit("            yield i * %d" % self.r.randint(1, 5))
            self.emit("    return 'done'")
        elif c == 1:
            self.emit("def %s(n):" % name)
            self.emit("    yield -1")
            self.emit("    r = yield from range(n %% %d)" % self.r.randint(2, 6))
            self.emit("    yield len(str(r))")
        elif c == 2:
            self.emit("def %s(n):" % name)
            self.emit("    total = 0")
            self.emit("    while total < n:")
            self.emit("        got = yield total")
            self.emit("        total += got if got is not None else 1")
        else:
            self.emit("def %s(n):" % name)
            self.emit("    try:")
            self.emit("        for i in range(n % 6):")
            self.emit("            yield i")
            self.emit("    finally:")
            self.emit("        print('gen cleanup')")
        self.list_funcs.append(("list(%s(%%s %%%% 8))" % name, ["int"]))
        self.int_funcs.append(("sum(%s(%%s %%%% 8))" % name, ["int"]))
        g = self.fresh("g")
        self.emit("%s = %s(%d)" % (g, name, self.r.randint(0, 7)))
        self.show("next(%s, 'empty'), next(%s, 'empty')" % (g, g))
        if c == 2:
            self.emit("try:")
            self.emit("    print(%s.send(2))" % g)
            self.emit("except StopIteration as e:")
            self.emit("    print('stop', e.value)")
        self.show("list(%s)" % g)
        self.show("[x for x in %s(%d) if x %% 2 == 0]" % (name, self.r.randint(0, 7)))

    def exc_class_def(self):
        name = self.fresh("Err")
        base = self.pick(["Exception", "ValueError", "KeyError"] + self.exc_classes)
        self.emit("class %s(%s):" % (name, base))
        if self.chance(0.5):
            self.emit("    def __str__(self):")
            self.emit("        return 'custom:' + repr(self.args)")
        else:
            self.emit("    pass")
        self.exc_classes.append(name)
        self.emit("try:")
        self.emit("    raise %s(%s)" % (name, self.expr("int", 1)))
        self.emit("except %s as e:" % self.pick([name, base, "Exception"]))
        self.emit("    print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, %s))" % base)

    def finally_func(self):
        name = self.fresh("ff")
        self.emit("def %s(n):" % name)
        self.emit("    out = []")
        self.emit("    for i in range(n):")
        self.emit("        try:")
        self.emit("            if i == %d:" % self.r.randint(0, 4))
        self.emit("                %s" % self.pick(["break", "continue", "return out + ['ret']",
                                                   "raise ValueError(i)", "out.append(1 // 0)"]))
        self.emit("            out.append(i)")
        self.emit("        except ValueError as e:")
        self.emit("            out.append('ve%s' % e)")
        self.emit("        finally:")
        self.emit("            out.append('f')")
        if self.chance(0.3):
            self.emit("            if i == %d:" % self.r.randint(0, 4))
            self.emit("                %s" % self.pick(["break", "continue", "return out"]))
        self.emit("    return out")
        self.emit("try:")
        self.emit("    print(%s(%d))" % (name, self.r.randint(0, 6)))
        self.emit("except Exception as e:")
        self.emit("    print('!', type(e).__name__, e)")

    def top_block(self):
        c = self.r.randint(0, 14)
        if c == 0:
            self.function_def()
        elif c == 1:
            self.closure_def()
        elif c == 2:
            self.class_def()
        elif c == 3:
            self.generator_def()
        elif c == 4:
            self.exc_class_def()
        elif c == 5:
            self.finally_func()
        elif c == 6:
            self.guarded(self.dunder_class)
        elif c == 7:
            self.guarded(self.library_block)
        elif c == 8:
            self.guarded(self.match_block)
        elif c == 9:
            self.guarded(self.call_errors)
        elif c == 10:
            self.guarded(self.protocol_block)
        else:
            self.guarded(lambda: self.block(self.r.randint(1, 4)))

    def dunder_class(self):
        """A container-like class: iteration, indexing, truth, calls, operators."""
        name = self.fresh("D")
        n = self.r.randint(0, 5)
        self.emit("class %s:" % name)
        self.emit("    def __init__(self, *items): self.items = list(items)")
        self.emit("    def __len__(self): return len(self.items)")
        if self.chance(0.5):
            self.emit("    def __getitem__(self, i): return self.items[i]")
        else:
            self.emit("    def __iter__(self): return iter(self.items[::-1])")
        self.emit("    def __contains__(self, x): return x in self.items or x == %d" % self.r.randint(0, 9))
        self.emit("    def __call__(self, k=1): return [v * k for v in self.items]")
        self.emit("    def __bool__(self): return len(self.items) > %d" % self.r.randint(0, 2))
        self.emit("    def __add__(self, other): return %s(*(self.items + list(other)))" % name)
        self.emit("    def __radd__(self, other): return %s(other, *self.items)" % name)
        self.emit("    def __eq__(self, other): return isinstance(other, %s) and self.items == other.items" % name)
        self.emit("    __hash__ = None")
        self.emit("    def __str__(self): return 'D' + str(self.items)")
        self.emit("    def __repr__(self): return '%s(%%s)' %% ', '.join(map(repr, self.items))" % name)
        self.emit("    def __getattr__(self, attr): return attr.upper() if attr.startswith('x') else "
                  "object.__getattribute__(self, attr)")
        obj = self.fresh("d")
        self.emit("%s = %s(%s)" % (obj, name, ", ".join(str(self.r.randint(-5, 9)) for _ in range(n))))
        for _ in range(self.r.randint(2, 6)):
            self.show(self.pick([
                "%s, str(%s), len(%s), bool(%s)" % (obj, obj, obj, obj),
                "list(%s), %d in %s" % (obj, self.r.randint(0, 9), obj),
                "%s(%d)" % (obj, self.r.randint(0, 3)),
                "%s + [1, 2], 5 + %s" % (obj, obj),
                "%s == %s(*%s.items), %s != %s" % (obj, name, obj, obj, obj),
                "%s.xyz, getattr(%s, 'missing', 'dflt')" % (obj, obj),
                "sorted(%s), sum(%s), max(%s, default=None)" % (obj, obj, obj),
                "[x for x in %s if x], dict(enumerate(%s))" % (obj, obj),
                "%s[0] if %s else 'empty'" % (obj, obj),
                "hash(%s)" % obj,
                "%s.items.__class__.__name__, type(%s).__name__, %s.__class__.__mro__[-1].__name__" % (obj, obj, name),
                "vars(%s)" % obj,
                "f'{%s!s:>12}|{%s!r}'" % (obj, obj),
            ]))

    def library_block(self):
        """The pure-Python standard library pygil ships in lib/."""
        lst = self.expr("list", 1)
        words = self.expr("strlist", 1)
        self.show(self.pick([
            "list(itertools.accumulate(%s))" % lst,
            "list(itertools.chain(%s, %s))" % (lst, words),
            "list(itertools.islice(itertools.count(%d, %d), %d))" % (self.r.randint(-3, 3), self.pick([1, 2, -1]), self.r.randint(0, 6)),
            "list(itertools.product(%s[:3], repeat=2))" % lst,
            "list(itertools.permutations(%s[:4], 2))" % lst,
            "list(itertools.combinations(%s[:5], %d))" % (lst, self.r.randint(0, 3)),
            "[(k, list(g)) for k, g in itertools.groupby(sorted(%s), key=lambda v: v %% 3)]" % lst,
            "list(itertools.zip_longest(%s, %s, fillvalue='-'))" % (lst, words),
            "list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda v: v < 5, %s))" % lst,
            "functools.reduce(lambda a, b: a * 2 + b, %s, %d)" % (lst, self.r.randint(0, 3)),
            "collections.Counter(%s).most_common(%d)" % (self.pick([lst, words, self.expr("str", 1)]), self.r.randint(1, 4)),
            "collections.Counter(%s) + collections.Counter(%s)" % (self.expr("str", 1), self.expr("str", 1)),
            "sorted(collections.Counter(%s).elements())" % lst,
            "collections.deque(%s, maxlen=%d)" % (lst, self.r.randint(1, 4)),
            "dict(collections.defaultdict(int, {'a': 1}))",
            "collections.OrderedDict.fromkeys(%s)" % words,
            "collections.namedtuple('P', 'x y')(%d, y=%s)" % (self.r.randint(0, 9), self.expr("str", 1)),
            "heapq.nsmallest(%d, %s), heapq.nlargest(2, %s)" % (self.r.randint(0, 3), lst, lst),
            "bisect.bisect_left(sorted(%s), %d), bisect.bisect(sorted(%s), %d)" % (lst, self.r.randint(0, 9), lst, self.r.randint(0, 9)),
            "operator.itemgetter(0)(%s or [0]), operator.mul(%d, %d)" % (lst, self.r.randint(0, 9), self.r.randint(0, 9)),
            "sorted(%s, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))" % lst,
            "string.capwords(%s), string.ascii_letters[:%d]" % (self.expr("str", 1), self.r.randint(0, 9)),
            "copy.deepcopy([%s, {'k': %s}])" % (lst, lst),
            "json.dumps({'a': %s, 'b': %s, 'c': None, 'd': 1.5}, sort_keys=%s)" % (lst, words, self.pick(["True", "False"])),
            "json.loads(json.dumps(%s))" % self.expr("dict", 1),
            "re.findall(r'[a-z]+', %s), re.sub(r'\\d', '#', %s)" % (self.expr("str", 1), self.expr("str", 1)),
            "re.split(r'[, ]', %s), bool(re.match(r'h', %s))" % (self.expr("str", 1), self.expr("str", 1)),
            "dataclasses.astuple(PointDC(%d, %s))" % (self.r.randint(0, 9), self.expr("str", 1)),
            "PointDC(%d), PointDC(1, 'q') == PointDC(1, 'q')" % self.r.randint(0, 9),
            "fractions.Fraction(%d, %d) + fractions.Fraction('1/3')" % (self.r.randint(-9, 9), self.pick([1, 2, 3, 6, -4])),
        ]))

    def match_block(self):
        subj = self.pick([self.expr("int", 1), self.expr("list", 1), self.expr("dict", 1), self.expr("str", 1),
                          self.expr("tuple", 1), "PointDC(%d)" % self.r.randint(0, 3)])
        self.emit("match %s:" % subj)
        cases = [
            "case 0 | 1 | 2:",
            "case int(n) if n > %d:" % self.r.randint(-5, 10),
            "case [x, *rest] if len(rest) < %d:" % self.r.randint(0, 4),
            "case []:",
            "case [_, _]:",
            "case (a, b, c):",
            "case {'k': v, **others}:",
            "case {'x': int(v)}:",
            "case str(s) if s:",
            "case PointDC(x=0):",
            "case PointDC(x=x, y=y):",
            "case float() | bool():",
        ]
        self.r.shuffle(cases)
        for case in cases[:self.r.randint(1, 6)]:
            self.emit("    " + case)
            self.emit("        print(%r, locals().get('x'), locals().get('rest'), locals().get('v'))" % case)
        if self.chance(0.7):
            self.emit("    case _:")
            self.emit("        print('default')")

    def protocol_block(self):
        """Object-model corners: descriptors, __getattr__, metaclass-free
        class tricks, generator throw/close, mutation during iteration,
        exception context and chaining."""
        k = self.r.randint(0, 11)
        n = self.fresh("P")
        if k == 0:
            self.emit("class %s:" % n)
            self.emit("    def __init__(self): self._v = %d" % self.r.randint(0, 9))
            self.emit("    @property")
            self.emit("    def v(self): return self._v")
            self.emit("    @v.setter")
            self.emit("    def v(self, x):")
            self.emit("        if x < 0: raise ValueError('negative')")
            self.emit("        self._v = x")
            self.emit("    @v.deleter")
            self.emit("    def v(self): print('deleting'); del self._v")
            self.emit("p = %s()" % n)
            self.emit("p.v = %d" % self.r.randint(-3, 5))
            self.emit("print(p.v, vars(p))")
            self.emit("del p.v")
            self.emit("print(hasattr(p, 'v'), getattr(p, '_v', 'gone'))")
        elif k == 1:
            self.emit("class Desc:")
            self.emit("    def __set_name__(self, owner, name): self.name = '_' + name")
            self.emit("    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, 0) * 2")
            self.emit("    def __set__(self, obj, value): setattr(obj, self.name, value + 1)")
            self.emit("class %s:" % n)
            self.emit("    d = Desc()")
            self.emit("o = %s()" % n)
            self.emit("print(o.d)")
            self.emit("o.d = %d" % self.r.randint(0, 9))
            self.emit("print(o.d, sorted(vars(o)), type(%s.d).__name__, %s.d.name)" % (n, n))
        elif k == 2:
            self.emit("class %s:" % n)
            self.emit("    def __init_subclass__(cls, tag='t', **kw):")
            self.emit("        super().__init_subclass__(**kw)")
            self.emit("        cls.tag = tag")
            self.emit("class %sA(%s, tag=%r): pass" % (n, n, self.pick(["x", "y"])))
            self.emit("class %sB(%sA): pass" % (n, n))
            self.emit("print(%sA.tag, %sB.tag, %sB.__mro__[1].__name__, %s.__subclasses__())" % (n, n, n, n))
        elif k == 3:
            self.emit("class A%s:" % n)
            self.emit("    def who(self): return ['A']")
            for cls, bases in (("B", "A%s" % n), ("C", "A%s" % n), ("D", "B%s, C%s" % (n, n))):
                self.emit("class %s%s(%s):" % (cls, n, bases))
                self.emit("    def who(self): return [%r] + super().who()" % cls)
            self.emit("print(D%s().who(), [c.__name__ for c in D%s.__mro__])" % (n, n))
            self.emit("try:")
            self.emit("    class E%s(A%s, B%s): pass" % (n, n, n))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif k == 4:
            self.emit("def %s():" % n)
            self.emit("    try:")
            self.emit("        for i in range(5):")
            self.emit("            try:")
            self.emit("                x = yield i")
            self.emit("                print('got', x)")
            self.emit("            except ValueError as e:")
            self.emit("                print('caught', e)")
            self.emit("                yield 'recovered'")
            self.emit("    finally:")
            self.emit("        print('closing')")
            self.emit("g = %s()" % n)
            self.emit("print(next(g), g.send('a'), g.throw(ValueError('boom')), next(g))")
            self.emit(self.pick(["g.close()", "print(list(g))", "print(g.throw(KeyError('k')))"]))
            self.emit("print(next(g, 'exhausted'))")
        elif k == 5:
            self.emit("lst = %s" % self.literal("list"))
            self.emit("for x in lst:")
            self.emit("    if x % 2: lst.remove(x)")
            self.emit("print(lst)")
            self.emit("d = {'a': 1, 'b': 2}")
            self.emit("try:")
            self.emit("    for key in d: d[key + 'x'] = 0")
            self.emit("except RuntimeError as e:")
            self.emit("    print('RuntimeError', e)")
            self.emit("s = {1, 2, 3}")
            self.emit("try:")
            self.emit("    for v in s: s.add(v + 10)")
            self.emit("except RuntimeError as e:")
            self.emit("    print('RuntimeError', e)")
        elif k == 6:
            self.emit("try:")
            self.emit("    try:")
            self.emit("        1 / 0")
            self.emit("    except ZeroDivisionError:")
            self.emit("        %s" % self.pick(["raise KeyError('k')", "raise KeyError('k') from None",
                                               "raise ValueError('v') from TypeError('t')", "{}['missing']"]))
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, repr(e), type(e.__context__).__name__, repr(e.__cause__), e.__suppress_context__)")
        elif k == 7:
            self.emit("class %s:" % n)
            self.emit("    def __eq__(self, o): print('eq'); return NotImplemented")
            self.emit("    def __lt__(self, o): return NotImplemented")
            self.emit("    def __gt__(self, o): return True")
            self.emit("a, b = %s(), %s()" % (n, n))
            self.emit("print(a == b, a != b, a == 1, a < b, b > a)")
            self.emit("try:")
            self.emit("    print(a <= b)")
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif k == 8:
            self.emit("class %s:" % n)
            self.emit("    __slots__ = ('a',)")
            self.emit("    def __init__(self): self.a = 1")
            self.emit("o = %s()" % n)
            self.emit("try:")
            self.emit("    o.b = 2")
            self.emit("except AttributeError as e:")
            self.emit("    print('AttributeError', e)")
            self.emit("print(o.a, hasattr(o, '__dict__'), %s.__slots__)" % n)
        elif k == 9:
            self.emit("class %s:" % n)
            self.emit("    def __format__(self, spec): return 'F[' + spec + ']'")
            self.emit("    def __str__(self): return 'S'")
            self.emit("    def __repr__(self): return 'R'")
            self.emit("o = %s()" % n)
            self.emit("print(f'{o} {o!s} {o!r} {o:>5} {o!r:>5}', format(o, 'x'), '{0}{0!r}{0:q}'.format(o), '%s %r' % (o, o), [o], str([o]))")
        elif k == 10:
            self.emit("x = %d" % self.r.randint(0, 9))
            self.emit("def %s():" % n)
            self.emit("    global x")
            self.emit("    x += 1")
            self.emit("    y = 0")
            self.emit("    def inner():")
            self.emit("        nonlocal y")
            self.emit("        y += x")
            self.emit("        return y")
            self.emit("    return inner() + inner()")
            self.emit("print(%s(), x, [(lambda: x)() for x in range(2)], x)" % n)
            self.emit("class K%s:" % n)
            self.emit("    v = 5")
            self.emit("    w = [v for _ in range(1)] if False else 0")
            self.emit("    try:")
            self.emit("        z = [v for _ in range(1)]")
            self.emit("    except NameError as e:")
            self.emit("        z = str(e)")
            self.emit("print(K%s.z)" % n)
        else:
            self.emit("import operator as op")
            self.emit("class %s(int):" % n)
            self.emit("    def __add__(self, o): return %s(int(self) + int(o) + 100)" % n)
            self.emit("    def __repr__(self): return 'N(%d)' % int(self)")
            self.emit("v = %s(%d)" % (n, self.r.randint(0, 9)))
            self.emit("print(v + 1, 1 + v, v * 2, sum([v, v]), op.add(v, v), v == int(v), hash(v) == hash(int(v)), isinstance(v, int))")
            self.emit("class S%s(str):" % n)
            self.emit("    def upper(self): return 'custom'")
            self.emit("t = S%s('ab')" % n)
            self.emit("print(t.upper(), t + 'c', type(t + 'c').__name__, t[0], type(t[0]).__name__, str.upper(t), f'{t}')")

    def call_errors(self):
        """Calls that bind arguments wrongly, for TypeError messages."""
        name = self.fresh("g")
        sig = self.pick(["a, b=2, *args, c, d=4, **kw", "a, /, b, *, c=3", "*args, **kwargs", "a, b",
                         "x=1, *, y", "a, b=[], /"])
        self.emit("def %s(%s):" % (name, sig))
        self.emit("    return sorted(locals().items())")
        for _ in range(self.r.randint(2, 5)):
            args = self.pick(["", "1", "1, 2", "1, 2, 3, 4", "1, c=3", "a=1, b=2", "1, 2, c=3, e=5",
                              "*[1, 2], **{'c': 3}", "b=1", "1, a=1", "y=2", "**{'a': 1, 'y': 2}"])
            self.emit("try:")
            self.emit("    print(%s(%s))" % (name, args))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")

    def guarded(self, body):
        self.emit("try:")
        self.indent += 1
        start = len(self.lines)
        body()
        if len(self.lines) == start:
            self.emit("pass")
        self.indent -= 1
        self.emit("except Exception as e:")
        self.emit("    print('!', type(e).__name__, e)")

    def program(self):
        self.emit("import math, itertools, functools, collections, heapq, bisect, operator, string, copy, json, re")
        self.emit("import dataclasses, fractions")
        self.emit("@dataclasses.dataclass(order=True)")
        self.emit("class PointDC:")
        self.emit("    x: int")
        self.emit("    y: str = 'y'")
        self.emit("class Ctx:")
        self.emit("    def __init__(self, tag): self.tag = tag")
        self.emit("    def __enter__(self): print('enter', self.tag); return self")
        self.emit("    def __exit__(self, t, v, tb):")
        self.emit("        print('exit', self.tag, t.__name__ if t else None)")
        self.emit("        return %s" % self.pick(["False", "t is KeyError"]))
        for _ in range(self.size):
            self.top_block()
        # The last statement may raise: its exception goes uncaught.
        if self.chance(0.3):
            self.emit(self.raise_stmt())
        else:
            self.show(self.expr(self.pick(["int", "str", "list"]), 3))
        return "\n".join(self.lines) + "\n"


def generate(seed, size=12):
    return Gen(seed, size).program()


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--size", type=int, default=12, help="top-level blocks (default 12)")
    a = ap.parse_args()
    sys.stdout.write(generate(a.seed, a.size))


if __name__ == "__main__":
    main()
