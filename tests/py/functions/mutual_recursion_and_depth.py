import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))
def parse_expr(tokens, i=0):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, i
def parse_term(tokens, i):
    val, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = parse_atom(tokens, i + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, i
def parse_atom(tokens, i):
    if tokens[i] == "(":
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    return int(tokens[i]), i + 1
for expr in ["1+2*3", "(1+2)*3", "2*(3+4)*5-6", "((7))", "100/7/2"]:
    print(expr, "=", parse_expr(list(expr))[0])
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(900))
limit = sys.getrecursionlimit()
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
print(probe(0) > 100, sys.getrecursionlimit() == limit)
def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
print(nested_lists(4), str(nested_lists(50)).count("["))
