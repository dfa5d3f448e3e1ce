# statistics: mean, fmean, geometric_mean, harmonic_mean on ints, floats, Fractions, bools.
import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4], [1, 2, 3, 4], [0.1, 0.2, 0.3], [1e50, 1, -1e50] * 10, [2.5, 3.25, 5.75, -1.5],
    [F(1, 3), F(2, 7), F(5, 6)], [1, F(1, 2)], [1, 2.5, F(1, 4)], [True, False, True], [10**30, 1],
    [3], [1e300, 1e300], [-1.5, -2.5], list(range(1000)), [0.1] * 10, [1, 1, 1, 10**20],
]
for data in datasets:
    row = [repr(st.mean(data)), repr(st.fmean(data))]
    try:
        row.append(repr(st.geometric_mean(data)))
    except st.StatisticsError as e:
        row.append('StatisticsError: %s' % e)
    try:
        row.append(repr(st.harmonic_mean(data)))
    except st.StatisticsError as e:
        row.append('StatisticsError: %s' % e)
    print(' | '.join(row))

print(st.mean(iter([1, 2, 3])), st.mean(x * 0.5 for x in range(7)), st.fmean(iter([1, 2, 3])), st.fmean(x for x in [1.5]))
print(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean([10, 20], [1, 3]), st.fmean(iter([1, 2]), iter([3, 4])))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]))
print(st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([2.5]), st.harmonic_mean([F(3, 4)]), st.harmonic_mean([0, 0]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, F(7, 2)]), st.geometric_mean(range(1, 20)))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.mean([1, float('inf'), -float('inf')]))
print(type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__, type(st.mean([1.0, 3])).__name__, type(st.mean([F(1), 3])).__name__)


class MyFloat(float):
    pass


print(type(st.mean([MyFloat(1.5), 2])).__name__, st.mean([MyFloat(1.5), 2]))
