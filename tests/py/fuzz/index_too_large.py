# Found by tools/fuzz/diff.py (seed 355): indexing a list or tuple with an
# int too large for an index raised TypeError ("list indices must be
# integers or slices, not int"); CPython raises IndexError.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Bad:
    def __index__(self):
        raise ValueError('bad index')


for seq in ([14, 12, -2, -1], (1, 2, 3), 'abcd', b'abcd', bytearray(b'xy')):
    for key in (-18446744073709551616, 2**63, Idx(2**70), Idx(-1), Bad(), 'x', 1.5):
        try:
            print(type(seq).__name__, seq[key])
        except Exception as e:
            print(type(seq).__name__, type(e).__name__, e)

lst = [1, 2, 3]
for key in (2**64, Idx(0), 'x', Bad()):
    try:
        lst[key] = 9
        print(lst)
    except Exception as e:
        print('set', type(e).__name__, e)
    try:
        del lst[key]
        print(lst)
    except Exception as e:
        print('del', type(e).__name__, e)
