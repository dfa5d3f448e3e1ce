# statistics: covariance, correlation, linear_regression.
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.correlation([1.5, 2.5, 10], [3, 1, 7.25]))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = st.linear_regression(year, films)
print(r, r.slope, r.intercept, round(r.slope * 2019 + r.intercept), type(r).__name__, r._fields)
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5.5, 7.25, 9.5, 12], proportional=True))
print(st.linear_regression([0.1, 0.2, 0.35], [1e-3, 2e-3, 4e-3]), st.linear_regression([1, 2], [3, 5]))
import random
rng = random.Random(7)
a = [rng.gauss(0, 1) for _ in range(200)]
b = [2 * v + rng.gauss(0, 0.5) for v in a]
print(st.covariance(a, b), st.correlation(a, b), st.linear_regression(a, b))
for f, args in [(st.covariance, ([1, 2], [1])), (st.covariance, ([1], [1])), (st.correlation, ([1, 1, 1], [1, 2, 3])),
                (st.correlation, ([1, 2], [3])), (st.linear_regression, ([2, 2], [1, 2])),
                (st.linear_regression, ([1], [2])), (st.linear_regression, ([1, 2, 3], [1, 2]))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e)
