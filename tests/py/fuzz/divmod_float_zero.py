# Found by tools/fuzz/diff.py (seeds 456, 491): divmod() of floats by zero
# says "float divmod()" in CPython (float_divmod); pygil gave the message of
# `//`.
for a, b in [(0, 0.0), (7.5, 0), (7, 0), (-7.5, 0.0), (10**30, 0.0), (7.5, 2), (-7, 2.0), (float('inf'), 3)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for expr in ['7.5 // 0', '7.5 % 0', '7 // 0', '7 % 0.0', '7 / 0']:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, '->', e)
