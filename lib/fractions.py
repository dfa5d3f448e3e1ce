"""Rational numbers: Fraction(numerator, denominator), always in lowest terms
with a positive denominator.

pygil's fractions, written for pygil to behave as CPython 3.11's (used by
statistics for exact sums): the same constructor forms (ints, Rationals,
floats, strings like '-3/4', '1.5e-3', ' 1_000 '), arithmetic that mixes
with ints exactly and falls back to float/complex for those types, hashes
equal to those of equal ints and floats, and CPython's error messages.
Decimals are not supported (pygil has no decimal module).
"""

import math as _math
import numbers as _numbers
import operator as _operator
import re as _re
import sys as _sys

__all__ = ["Fraction"]

_hash_info = getattr(_sys, "hash_info", None)
_HASH_MODULUS = _hash_info.modulus if _hash_info else (1 << 61) - 1
_HASH_INF = _hash_info.inf if _hash_info else 314159

_LITERAL = _re.compile(r"""
    \A\s*                                 # leading whitespace
    (?P<sign>[-+]?)
    (?=\d|\.\d)                           # a digit must come first (or after the point)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        (?:/(?P<denom>\d+(_\d+)*))?       # an optional /denominator
    |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?  # or an optional fraction
        (?:E(?P<exp>[-+]?\d+(_\d+)*))?      # and exponent
    )
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE)


def _from_string(s):
    m = _LITERAL.match(s)
    if m is None:
        raise ValueError("Invalid literal for Fraction: %r" % s)
    num = int(m.group("num") or "0")
    denom = m.group("denom")
    if denom:
        den = int(denom)
    else:
        den = 1
        decimal = m.group("decimal")
        if decimal:
            decimal = decimal.replace("_", "")
            scale = 10 ** len(decimal)
            num = num * scale + int(decimal)
            den *= scale
        exp = m.group("exp")
        if exp:
            exp = int(exp)
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if m.group("sign") == "-":
        num = -num
    return num, den


class Fraction(_numbers.Rational):
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0. Also accepts a
    Rational, a float, or a string such as '3/7' or '-1.5e-3'.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _from_string(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        raise NotImplementedError("Fraction.from_decimal: pygil has no decimal module")

    def as_integer_ratio(self):
        """The pair of integers whose ratio is this fraction (denominator positive)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        # The best approximations are the convergents of the continued
        # fraction and, between two convergents, the best semiconvergent.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The semiconvergent p0+k*p1 / q0+k*q1 against the convergent p1/q1;
        # on a tie the one with the smaller denominator (the convergent) wins.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to Fraction.__format__")
        return str(self)

    # -- arithmetic: exact with Fractions and ints, float/complex otherwise

    def _binary(name, exact, inexact):
        """forward and reflected methods for one operator."""

        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, _numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, _numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, _numbers.Complex):
                return inexact(complex(a), complex(float(b)))
            return NotImplemented

        forward.__name__ = "__" + name + "__"
        reverse.__name__ = "__r" + name + "__"
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        # Cancel common factors first (so a zero divisor reports Fraction(1, 0), as CPython's).
        g = _math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = _math.gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, a._denominator * b._denominator)

    def _mod(a, b):
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                        a._denominator * b._denominator)

    __add__, __radd__ = _binary("add", _add, _operator.add)
    __sub__, __rsub__ = _binary("sub", _sub, _operator.sub)
    __mul__, __rmul__ = _binary("mul", _mul, _operator.mul)
    __truediv__, __rtruediv__ = _binary("truediv", _div, _operator.truediv)
    __floordiv__, __rfloordiv__ = _binary("floordiv", _floordiv, _operator.floordiv)
    __divmod__, __rdivmod__ = _binary("divmod", _divmod, divmod)
    __mod__, __rmod__ = _binary("mod", _mod, _operator.mod)
    del _binary

    def __pow__(a, b):
        """a ** b: exact for integral b, a float otherwise."""
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b with b a Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=_operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): half to even."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        # Equal to hash() of an equal int or float: n * inverse(d) modulo 2**61 - 1.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _operator.lt)

    def __gt__(a, b):
        return a._compare(b, _operator.gt)

    def __le__(a, b):
        return a._compare(b, _operator.le)

    def __ge__(a, b):
        return a._compare(b, _operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # -- pickling and copying

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
