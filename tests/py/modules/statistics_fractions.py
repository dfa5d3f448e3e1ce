# statistics with Fraction data, and the Fraction type it builds on.
import statistics as st
from fractions import Fraction as F

data = [F(1, 2), F(3, 4), F(5, 6), F(7, 8), F(1, 3)]
print(st.mean(data), st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.median(data))
print(st.harmonic_mean(data), st.quantiles(data), st.mean([F(1, 3), 2]), st.variance([F(1, 3), 2, 5]))
print(repr(st.mean(data)), repr(st.pvariance([F(1, 4), F(1, 2)])), st.mode(data + [F(3, 4)]))

for args in [(3, 4), (6, -8), (0, 5), ('3/4',), (' -1.25e2 ',), ('1_000',), (0.1,), (-2.5,), (True,), (F(1, 2), F(3, 4))]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator, float(f), int(f), round(f), hash(f) == hash(float(f)))
a, b = F(1, 3), F(-5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, a ** 0.5, 2 ** F(2))
print(a + 1, 1 - a, a * 3, 3 / b, a + 0.25, 0.25 * b, a < b, a > 0.3, a == F(2, 6), a != 1, -a, abs(b), +a)
print(sorted([F(1, 2), 0.3, 1, F(-1, 3), 0]), max(F(1, 3), 0.33), F(1, 2) in {0.5}, {F(4, 2): 'two'}[F(2)], {2: 'int two'}[F(4, 2)])
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).as_integer_ratio())
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(12345, 1000), 2), round(F(12345, 100), -1))
for bad in [lambda: F(1, 0), lambda: F('x'), lambda: F(1.5, 2), lambda: F([]), lambda: F(1, 2) / 0, lambda: F(0) ** -1,
            lambda: F(float('nan')), lambda: F(1, 3).limit_denominator(0), lambda: format(F(1, 3), '.2f'),
            lambda: st.mean([F(1, 2), 'x'])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
