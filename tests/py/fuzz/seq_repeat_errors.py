# Found by tools/fuzz/diff.py (seeds 258, 302 and others): `seq * x` with
# x no integer. CPython's sequence_repeat says "can't multiply sequence by
# non-int of type 'X'" for lists and tuples too (pygil said "unsupported
# operand type(s) for *"), naming the operand that is not an int whichever
# side it is on; zip() of a non-iterable says "'X' object is not iterable".


class R:
    def __rmul__(self, other):
        return 'R.__rmul__'


class I:
    def __index__(self):
        return 2


exprs = [
    '[1] * 1.5', '(1,) * []', "'a' * 'b'", "[1] * 'a'", '2.0 * [1]', 'None * [1]',
    '(9,) * ()', '(43, 1) * {}', '[1] * R()', '(1,) * I()', "'ab' * I()",
    '[1] * 10**20', '[0] * -3', "b'x' * 2.0", 'zip([1], 1.5)', 'zip(True, [1])',
    'list(zip([1, 2], "ab"))',
]
for e in exprs:
    try:
        print(e, '=', eval(e))
    except (TypeError, OverflowError) as x:
        print(e, '->', type(x).__name__, x)

x = [1]
try:
    x *= 2.5
except TypeError as e:
    print('x *= 2.5 ->', e)
x *= I()
print(x)
