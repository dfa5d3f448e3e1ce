# statistics: StatisticsError and TypeError cases with CPython's messages.
import statistics as st

print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__, sorted(st.__all__))
calls = [
    (st.mean, ([],)), (st.mean, (['a'],)), (st.mean, ([1, 'a'],)), (st.fmean, ([],)), (st.fmean, ([1, 2], [1])),
    (st.fmean, ([1, 2], [1, -1])), (st.geometric_mean, ([1, -1],)), (st.geometric_mean, ([],)), (st.geometric_mean, ([0, 1],)),
    (st.harmonic_mean, ([],)), (st.harmonic_mean, ([-1, 2],)), (st.harmonic_mean, (['x'],)), (st.harmonic_mean, ([-2],)),
    (st.harmonic_mean, ([1, 2], [1])), (st.harmonic_mean, ([1, 2], [0, 0])), (st.harmonic_mean, ([1, 2], [-1, 2])),
    (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)), (st.variance, ([],)), (st.pvariance, ([],)),
    (st.stdev, ([1],)), (st.pstdev, ([],)), (st.quantiles, ([1],)), (st.covariance, ([1, 2], [1, 2, 3])),
    (st.correlation, ([1], [1])), (st.linear_regression, ([1, 1], [2, 3])), (st.variance, (['a', 'b'],)),
    (st.mean, ([1, 2.5, 1j],)),
]
for f, args in calls:
    try:
        print(f.__name__, repr(f(*args)))
    except (st.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
