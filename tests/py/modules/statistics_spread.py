# statistics: variance, pvariance, stdev, pstdev exactly (sums of squares as Fractions).
import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.1, 0.2, 0.3, 0.4], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [F(1, 3), F(2, 3), F(5, 4)], [1, 1, 1, 1], [1, 2], [10**20, 10**20 + 1, 10**20 + 2], [True, False, True],
    [1.5, 2, F(1, 2)], [-5, 3, 8, 13, -21], [1e-100, 2e-100, 3e-100], [1e150, -1e150, 5.0], [0.0, 0.0],
]
for data in datasets:
    print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, m), st.stdev(data, m), st.pstdev(data, m), st.variance(data, 1))
print(st.pvariance([3]), st.pstdev([3]), st.pvariance([F(1, 2)]), st.pstdev([F(9, 4), F(1, 4)]))
print(st.variance(iter([1, 2, 4])), st.stdev(x for x in [1.0, 2.0, 4.0]))
print(st.variance([1, float('inf')]), st.pvariance([float('nan'), 1.0]))
for n in range(2, 40):
    data = [(i * 7919) % 101 / 7 for i in range(n)]
    print(n, st.stdev(data), st.pstdev(data), st.variance(data))
for bad, fn in [([1.0, float('nan')], st.stdev), ([1.0, float('inf')], st.pstdev)]:
    try:
        fn(bad)
    except AttributeError as e:
        print('AttributeError', e)
