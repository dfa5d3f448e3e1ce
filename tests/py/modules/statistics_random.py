# statistics: seeded random datasets through every function (exact results must match to the last digit).
import random
import statistics as st

rng = random.Random(12345)
for trial in range(40):
    kind = trial % 4
    n = rng.randrange(2, 40)
    if kind == 0:
        data = [rng.randrange(-1000, 1000) for _ in range(n)]
    elif kind == 1:
        data = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    elif kind == 2:
        data = [rng.gauss(5, 2) * 10 ** rng.randrange(-5, 5) for _ in range(n)]
    else:
        data = [round(rng.random(), 3) for _ in range(n)]
    print('trial', trial, 'n', n)
    print('  mean', repr(st.mean(data)), repr(st.fmean(data)))
    print('  var', repr(st.variance(data)), repr(st.pvariance(data)))
    print('  std', repr(st.stdev(data)), repr(st.pstdev(data)))
    print('  med', repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)), repr(st.median_grouped(data)))
    print('  q', st.quantiles(data, n=5), st.quantiles(data, n=4, method='inclusive'))
    pos = [abs(x) + 1 for x in data]
    print('  gm/hm', repr(st.geometric_mean(pos)), repr(st.harmonic_mean(pos)))
    other = [x * 0.5 + rng.random() for x in data]
    print('  rel', repr(st.covariance(data, other)), repr(st.correlation(data, other)), st.linear_regression(data, other))
    print('  nd', st.NormalDist.from_samples(data))
