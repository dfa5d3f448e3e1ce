# statistics: mode, multimode, quantiles (exclusive and inclusive).
import statistics as st
from fractions import Fraction as F

for data in [[1, 1, 2, 3, 3, 3, 3, 4], ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'], 'aabbbbccddddeeffffgg',
             [1, 2, 3], [2.5, 2.5, 1], [(1, 2), (1, 2), (3,)], [None, None, 1], [1, True, 1.0]]:
    print(st.mode(data), st.multimode(data))
print(st.multimode(''), st.multimode(iter([3, 3, 1, 1])))
try:
    st.mode([])
except st.StatisticsError as e:
    print('StatisticsError', e)

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in st.quantiles(data, n=10)])
for n in [1, 2, 3, 4, 5, 10]:
    print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method='inclusive'))
for d in [[1, 2], [1.5, 2.5, 10], [F(1, 3), F(1, 2), 1], [3, 1], list(range(7))]:
    print(d, st.quantiles(d), st.quantiles(d, method='inclusive'), st.quantiles(d, n=7))
print(st.quantiles(iter([5, 1, 4, 2]), n=3))
for kwargs in [{'n': 0}, {'n': 4, 'method': 'nearest'}]:
    try:
        st.quantiles([1, 2, 3], **kwargs)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print('StatisticsError', e)
