# Found by tools/fuzz/diff.py (seed 6): slicing a range to an empty range
# printed other bounds than CPython (range(4, 1, -2)[2:-3] gave
# range(0, 0, -2), CPython range(0, 4, -2)): the new stop is the slice's
# stop mapped through the range (rangeobject.c compute_slice).
import itertools

print(range(4, 1, -2)[2:-3], range(-2, 4, -2)[-3:6], range(10)[::-1], range(0, 10, 3)[-1:-10:-2])

ranges = [range(4, 1, -2), range(10), range(-5, 20, 3), range(20, -5, -4), range(0), range(3, 3)]
bounds = [None, -12, -1, 0, 2, 30]
out = []
for r in ranges:
    for a, b, c in itertools.product(bounds, bounds, [None, 2, -1, -3]):
        s = r[a:b:c]
        assert list(s) == list(r)[a:b:c]
        out.append('%r[%s:%s:%s]=%r' % (r, a, b, c, s))
print(len(out))
for i in range(0, len(out), 9):
    print(' '.join(out[i:i + 9]))
