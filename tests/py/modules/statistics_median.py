# statistics: median, median_low, median_high, median_grouped.
import statistics as st
from collections import Counter
from fractions import Fraction as F

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7], [1.5, 2.5], [F(1, 2), F(1, 3)], [3], ['b', 'a', 'c'],
             ['b', 'a', 'c', 'd'][:3], [1, 2, 3, 4, 5, 6], [-1, 1], [1, 2.5], [True, False, True, True]]:
    out = [st.median_low(data), st.median_high(data)]
    try:
        out.insert(0, st.median(data))
    except TypeError as e:
        out.insert(0, 'TypeError: %s' % e)
    print(data, out)
demographics = Counter({25: 172, 35: 484, 45: 387, 55: 22, 65: 6})
ages = list(demographics.elements())
print(st.median(ages), st.median_grouped(ages, interval=10), round(st.median_grouped(ages, 10), 1))
for data, interval in [([52, 52, 53, 54], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([1, 3, 3, 5, 7], 1),
                       ([1, 3, 3, 5, 7], 2), ([2.5, 3.5, 3.5], 1.5), ([F(1, 2), F(3, 2)], F(1, 4)), ([7], 3),
                       ([1, 2, 3, 4], '2')]:
    print(data, interval, st.median_grouped(data, interval))
for f in [st.median, st.median_low, st.median_high, st.median_grouped]:
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e)
for args in [(['a', 'b'],), ([1, 2], 'x')]:
    try:
        st.median_grouped(*args)
    except TypeError as e:
        print('TypeError', e)
