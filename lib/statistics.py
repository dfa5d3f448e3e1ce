"""Basic statistics on numeric data: averages, spread, relations, NormalDist.

pygil's statistics, written for pygil to give CPython 3.11's results to the
last digit. Like CPython's, the mean, variance and standard deviation are
computed exactly: every value is turned into an exact ratio of integers
(`as_integer_ratio`), sums are kept as Fractions, and only the final result
is converted back to the type of the data (int data that does not divide
evenly gives a float; Fraction data gives a Fraction; mixed int/float gives
a float). The standard deviations are correctly rounded square roots of the
exact variance. NaNs and infinities bypass the exact path and propagate as
floats.

fmean, geometric_mean, covariance, correlation and linear_regression work
in floats with math.fsum, as CPython's do. Decimal data is not supported
(pygil has no decimal module).
"""

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import namedtuple
from fractions import Fraction
from math import exp, fabs, fsum, hypot, log, sqrt, tau, erf as _math_erf

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

try:
    from decimal import Decimal as _Decimal
except ImportError:
    _Decimal = None


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic ---------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for a NaN or infinity."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__) from None


def _is_decimal_type(T):
    return _Decimal is not None and issubclass(T, _Decimal)


def _coerce(T, S):
    """The common type of data of types T and S (TypeError if there is none)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _exact_sum(data):
    """(type, exact total as a Fraction (or a float NaN/inf), count) of data."""
    types = set()
    by_denominator = {}
    count = 0
    special = None          # running sum of the NaNs and infinities, in data order
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_denominator[d] = by_denominator.get(d, 0) + n
    if special is not None:
        total = special
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return _result_type(types), total, count


def _sum_of_squares(data, c=None):
    """(type, sum of squared deviations, mean used, count), exactly.

    With c given, deviations are taken from c instead of the data's mean."""
    if c is not None:
        T, ssd, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    types = set()
    sx = {}
    sxx = {}
    count = 0
    special = None
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif special is not None:
        ssd = c = special
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total_sq = sum(Fraction(n, d * d) for d, n in sxx.items())
        # count * sum(x^2) - sum(x)^2 is exact with Fractions.
        ssd = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _convert(value, T):
    """An exact result converted to the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_round_odd(n, m):
    """isqrt(n / m), with the last bit set when inexact (round-to-odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * 53 + 3     # enough bits that round-to-odd then one float rounding is exact


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return (_isqrt_frac_round_odd(n, m << 2 * q) << q) / 1
    return _isqrt_frac_round_odd(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n / m) correctly rounded to a Decimal (checked one step either side)."""
    if n <= 0:
        if not n:
            return _Decimal('0.0')
        n, m = -n, -m
    root = (_Decimal(n) / _Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    up = root.next_plus()
    nu, du = up.as_integer_ratio()
    if 4 * n * (dr * du) ** 2 > m * (dr * nu + du * nr) ** 2:
        return up
    down = root.next_minus()
    nd, dd = down.as_integer_ratio()
    if 4 * n * (dr * dd) ** 2 < m * (dr * nd + dd * nr) ** 2:
        return down
    return root


def _sqrt_of(mss, T):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# ---- averages ---------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data (exact, in the data's type)."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean (optionally weighted)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the (optionally weighted) harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real) or (_Decimal is not None and isinstance(x, _Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _exact_sum(_fail_neg(weights, errmsg))[1]
    try:
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value, or mean of the two middle values) of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of data (the smaller middle value)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data (the larger middle value)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimate the median of data binned around the midpoints of intervals of width `interval`."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # All copies of x lie in data[lo:hi].
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """Return the most common data point (the first one seen, on ties)."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best, best_count = x, c
    return best


def multimode(data):
    """Return the list of the most frequent values, in order of first appearance."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability: the n - 1 cut points.

    'exclusive' (R6) treats data as a sample, 'inclusive' (R7) as the whole population."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread -------------------------------------------------------------------

def variance(data, xbar=None):
    """Return the sample variance of data (exact, in the data's type)."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data (exact, in the data's type)."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance, correctly rounded."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Return the square root of the population variance, correctly rounded."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n, T)


def _mean_stdev(data):
    """Mean and sample standard deviation as floats, in one pass."""
    T, ss, xbar, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # NaNs and infinities.
        return float(xbar), float(xbar) / float(ss)


# ---- relations between two inputs -----------------------------------------------

def _pair_check(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    """Return the sample covariance of x and y."""
    n = _pair_check(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Return Pearson's correlation coefficient of x and y (between -1 and +1)."""
    n = _pair_check(x, y, 'correlation')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept.

    With proportional=True the line goes through the origin (intercept 0.0)."""
    n = _pair_check(x, y, 'linear regression')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ------------------------------------------------------

def _poly(r, coefficients):
    """Horner evaluation, highest power first."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura (1988), Algorithm AS241 "The Percentage Points of the Normal
# Distribution", Applied Statistics 37(3): coefficients of PPND16, each
# list from the highest power of r down.
_AS241_CENTRAL_NUM = [2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                      4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0]
_AS241_CENTRAL_DEN = [5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                      2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                      4.2313330701600911252e+1, 1.0]
_AS241_NEAR_NUM = [7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
                   1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0]
_AS241_NEAR_DEN = [1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
                   1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
                   2.05319162663775882187e+0, 1.0]
_AS241_TAIL_NUM = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
                   2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
                   5.46378491116411436990e+0, 6.65790464350110377720e+0]
_AS241_TAIL_DEN = [2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
                   7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
                   5.99832206555887937690e-1, 1.0]


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _poly(r, _AS241_CENTRAL_NUM) * q / _poly(r, _AS241_CENTRAL_DEN)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _poly(r, _AS241_NEAR_NUM) / _poly(r, _AS241_NEAR_DEN)
    else:
        r = r - 5.0
        x = _poly(r, _AS241_TAIL_NUM) / _poly(r, _AS241_TAIL_DEN)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


def erf(x):
    # pygil's math.erf(0.0) does not return (its series never meets its
    # stopping test at zero); erf(+-0.0) is +-0.0 exactly.
    if x == 0.0:
        return x
    return _math_erf(x)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: x such that P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient (area shared by the two density functions), 0.0 to 1.0."""
        # Inman & Bradley (1989), "The overlapping coefficient as a measure of
        # agreement between probability distributions and point estimation of
        # the overlap of two normal densities".
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):     # commutative
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """(x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        "Return the mode of the normal distribution"
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Add a constant (shifts mu) or another NormalDist (adds means and variances)."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant or another NormalDist (subtracts means, adds variances)."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale mu and sigma by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Divide mu and sigma by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
