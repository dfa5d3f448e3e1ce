# statistics.NormalDist: construction, pdf/cdf/inv_cdf, quantiles, overlap, arithmetic.
import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, NormalDist(), NormalDist(3))
print(n.pdf(100), n.pdf(130), n.pdf(50.5), NormalDist().pdf(0))
print(round(n.cdf(130), 12), round(n.cdf(100), 12), round(NormalDist().cdf(-1.96), 12))
for p in [1e-300, 1e-20, 1e-5, 0.001, 0.01, 0.025, 0.0749, 0.075, 0.1, 0.3, 0.5, 0.6, 0.924, 0.925, 0.999, 1 - 1e-10]:
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
print(n.quantiles(), NormalDist().quantiles(10), len(n.quantiles(100)))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12), round(n.overlap(n), 12), round(n.overlap(NormalDist(110, 15)), 12))
print(n.zscore(130), n.zscore(85))
print(n + 10, 10 + n, n - 10, 10 - n, n * 2, 2 * n, n / 3, -n, +n, n + NormalDist(0, 20), n - NormalDist(5, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 15.1), n == 100, hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(iter([1, 2, 3])))
print(NormalDist(5, 2).samples(4, seed=42), len(NormalDist().samples(3)))
print(n.__getstate__(), NormalDist(True, 2).mean)
import pickle, copy
print(pickle.loads(pickle.dumps(n)) == n, copy.deepcopy(n), copy.copy(n))
zero = NormalDist(1, 0)
for call in [lambda: NormalDist(0, -1), zero.pdf, zero.cdf, lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1),
             lambda: zero.inv_cdf(0.5), lambda: n.overlap(zero), zero.zscore, lambda: n.overlap(3)]:
    try:
        call(1) if call in (zero.pdf, zero.cdf, zero.zscore) else call()
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
