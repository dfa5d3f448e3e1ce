"""Dates, times, time spans and fixed-offset time zones.

pygil's datetime, written for pygil to behave as CPython 3.11's (whose
`datetime` is the C module `_datetime`): the same values, reprs, error
messages, hashing of aware objects and pickled state. The calendar is the
proleptic Gregorian one; dates are kept as (year, month, day) and converted
through ordinals (days since 0001-01-01, which is day 1) for arithmetic.

Where the two CPython implementations differ (the C module and the pure
Python fallback), this one follows the C module, which is what `python3`
runs: argument conversion as C ints ("'float' object cannot be interpreted
as an integer"), `fromisoformat` accepting only ASCII digits, reprs naming
the class by its C type name ("datetime.date", or just the class name for
subclasses), timedelta's float arguments rounded the way delta_new does it.
`strftime` formats %f, %z and %Z itself and hands the rest to
`time.strftime` (the C library's strftime, as CPython does); `strptime` is
implemented here for the C locale.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059           # date.max.toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400 * 1000000

# ---- the calendar ------------------------------------------------------------

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _dim
del _n, _dim

_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTH_NAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    """Days in the years before `year` (year 1 starts at day 0)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = 146097    # days in 400 years
_DI100Y = 36524     # days in 100 years (the first of them not leap)
_DI4Y = 1461        # days in 4 years


def _ord2ymd(n):
    """(year, month, day) of ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap year that ends a 4- or 400-year cycle.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5       # never too small, at most one too large
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday that starts ISO week 1 of `year`."""
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7        # 0 = Monday
    monday = first - wd
    if wd > 3:                  # Jan 1 is Fri..Sun: week 1 starts the next Monday
        monday += 7
    return monday


def _isocal_to_ord(year, week, day):
    """Ordinal of an ISO calendar date, with date.fromisocalendar's checks."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # 53 weeks when the year starts on a Thursday, or a leap year on a Wednesday.
            first_wd = _ymd2ord(year, 1, 1) % 7     # 4 = Thursday
            ok = first_wd == 4 or (first_wd == 3 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)


# ---- argument checking ---------------------------------------------------------

def _tp_name(obj):
    """The C type name CPython shows for obj's type."""
    t = type(obj)
    if t in _C_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _arg_name(obj):
    """The type name in CPython's argument-parsing errors ("must be str, not None")."""
    return "None" if obj is None else _tp_name(obj)


def _c_int(v):
    """A C int argument, converted as CPython's "i" format does."""
    if type(v) is not int:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        try:
            index = type(v).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % _tp_name(v)) from None
        v = index(v)
    if -2147483648 <= v <= 2147483647:
        return v
    if -2**63 <= v < 2**63:
        raise OverflowError("signed integer is greater than maximum" if v > 0
                            else "signed integer is less than minimum")
    raise OverflowError("Python int too large to convert to C long")


def _check_date_fields(year, month, day):
    year = _c_int(year)
    month = _c_int(month)
    day = _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _c_int(hour)
    minute = _c_int(minute)
    second = _c_int(second)
    microsecond = _c_int(microsecond)
    fold = _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tp_name(tz))


def _check_utc_offset(name, offset):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, _tp_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tp_name(name))
    return name


_MISSING = object()

# Operand types whose own reflected methods never accept our objects: for
# them we raise the interpreter's TypeError ourselves, naming our types the
# way CPython's C types are named ("datetime.date").
_PLAIN = (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None))

_OP_SYMBOLS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _no_order(op, a, b):
    if isinstance(b, _PLAIN):
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (_OP_SYMBOLS[op], _tp_name(a), _tp_name(b)))
    return NotImplemented


def _no_arith(sym, a, b):
    if sym == "*" and isinstance(b, (str, bytes, bytearray, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % _tp_name(a))
    if isinstance(b, _PLAIN):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (sym, _tp_name(a), _tp_name(b)))
    return NotImplemented


def _bad_args(limit, extra, kw, names, func="this function", what="arguments"):
    """CPython's argument-parsing errors for too many or unknown arguments."""
    given = limit + len(extra) + len(kw)
    if extra:
        raise TypeError("%s takes at most %d %s (%d given)"
                        % ("function" if func == "this function" else func, limit, what, given))
    for k in kw:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s" % (k, func))
    raise TypeError("argument given by name and position")


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tp_name(x), _tp_name(y)))


def _divide_and_round(a, b):
    """a / b rounded half to even (ints)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    """C's round(): half away from zero."""
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += 1.0 if x > 0 else -1.0
    return r


# ---- timedelta -------------------------------------------------------------------

# Components in the order CPython's delta_new accumulates them: (name, microseconds per unit).
_DELTA_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
                ("minutes", 60000000), ("hours", 3600000000), ("days", _US_PER_DAY),
                ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0,
                *extra, **kw):
        if extra or kw:
            _bad_args(7, extra, kw, (), "__new__()")
        # delta_new: ints add exactly; each float adds its integral part
        # exactly and its fraction times the unit (computed in double) to a
        # leftover, rounded half to even at the end.
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        leftover = 0.0
        for (name, unit), v in zip(_DELTA_UNITS, values):
            if type(v) is int:
                total += v * unit
            elif isinstance(v, int):
                total += int(v) * unit
            elif isinstance(v, float):
                if v != v:
                    raise ValueError("cannot convert float NaN to integer")
                if v in (_INF, -_INF):
                    raise OverflowError("cannot convert float infinity to integer")
                whole = int(v)
                total += whole * unit
                frac = v - whole
                if frac:
                    frac *= float(unit)
                    whole = int(frac)
                    total += whole
                    leftover += frac - whole
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, _tp_name(v)))
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _delta_from_us(total, cls)

    # -- attributes

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10**6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    # -- strings

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tp_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return _no_arith("+", self, other)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return _no_arith("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta_from_us(self._to_us())

    def __abs__(self):
        return _delta_from_us(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(_divide_and_round(self._to_us() * n, d))
        return _no_arith("*", self, other)

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._to_us() // other)
        return _no_arith("//", self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_and_round(self._to_us() * d, n))
        return _no_arith("/", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._to_us() % d)
        return _no_arith("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, _delta_from_us(r)
        return _no_arith("divmod()", self, other)

    # -- comparisons

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _no_order("lt", self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _no_order("le", self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _no_order("gt", self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _no_order("ge", self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    # -- pickling

    def __reduce__(self):
        return (type(self), self._key())


_INF = float("inf")


def _delta_from_us(us, cls=timedelta):
    """A timedelta of `us` microseconds (OverflowError past timedelta.max)."""
    s, micro = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -2147483648 <= d <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = micro
    self._hashcode = -1
    return self


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


# ---- date ----------------------------------------------------------------------

def _is_state(arg, size, check_byte):
    """Is arg the pickled state of a date/time/datetime (CPython's bytes form)?"""
    if isinstance(arg, str):
        if len(arg) != size or any(ord(c) > 255 for c in arg):
            return False
        arg = arg.encode("latin-1")
    elif not isinstance(arg, bytes):
        return False
    return len(arg) == size and check_byte(arg)


def _state_bytes(arg):
    return arg.encode("latin-1") if isinstance(arg, str) else arg


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, *extra, **kw):
        if extra or kw:
            _bad_args(3, extra, kw, ())
        if month is _MISSING and day is _MISSING and _is_state(year, 4, lambda b: 1 <= b[2] <= 12):
            b = _state_bytes(year)
            return _new_date(b[0] * 256 + b[1], b[2], b[3], cls)
        _check_required(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(year, month, day, cls)

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        secs = _timestamp_seconds(t)
        y, m, d = _localtime(secs)[:3]
        return _date_of_class(cls, y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _date_of_class(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _date_of_class(cls, *ymd, check=True)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        n = _isocal_to_ord(_c_int(year), _c_int(week), _c_int(day))
        y, m, d = _ord2ymd(n)
        return _date_of_class(cls, y, m, d, check=True)

    # -- strings

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_name(format))
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- attributes and conversions

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return _date_of_class(type(self), *_check_date_fields(year, month, day))

    def weekday(self):
        """Return the day of the week represented by the date. Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date. Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    # -- comparisons and arithmetic

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            a, b = self._date_key(), other._date_key()
            return {"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[op]
        if isinstance(other, datetime):
            return NotImplemented
        return _no_order(op, self, other)

    def __lt__(self, other):
        return self._order(other, "lt")

    def __le__(self, other):
        return self._order(other, "le")

    def __gt__(self, other):
        return self._order(other, "gt")

    def __ge__(self, other):
        return self._order(other, "ge")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate()[0])
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _date_of_class(type(self), *_ord2ymd(n))
        return _no_arith("+", self, other)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _date_of_class(type(self), *_ord2ymd(n))
        if isinstance(other, date):
            if isinstance(other, datetime):
                raise TypeError("unsupported operand type(s) for -: '%s' and '%s'" % (_tp_name(self), _tp_name(other)))
            return timedelta(self.toordinal() - other.toordinal())
        return _no_arith("-", self, other)

    # -- pickling

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (type(self), self._getstate())


def _check_required(year, month, day):
    """The missing-argument errors of date()/datetime(), after converting what came before."""
    for i, (name, v) in enumerate((("year", year), ("month", month), ("day", day))):
        if v is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, i + 1))
        _c_int(v)


def _new_date(year, month, day, cls=date):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _date_of_class(cls, y, m, d, check=False):
    """A date of class cls: built directly for date itself, through cls() for subclasses."""
    if cls is date:
        if check:
            y, m, d = _check_date_fields(y, m, d)
        return _new_date(y, m, d)
    return cls(y, m, d)


date.min = _new_date(1, 1, 1)
date.max = _new_date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday) with names."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # Pickled as a plain tuple, as CPython does.
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is IsoCalendarDate else type(self).__name__, *self)


# ---- tzinfo and timezone --------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_utc_offset("utcoffset", dt._tzinfo.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_utc_offset("dst", dt._tzinfo.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt = dt + (off - dst)
        dst = _check_utc_offset("dst", dt._tzinfo.dst(dt))
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        return (type(self), args, self.__getstate__())


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _arg_name(offset))
        if name is _MISSING:
            if not offset and "utc" in _TZ_SINGLETONS:
                return _TZ_SINGLETONS["utc"]
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _arg_name(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _TZ_SINGLETONS.get("utc"):
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tp_name(self), self._offset)
        return "%s(%r, %r)" % (_tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (what, _tp_name(dt)))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        return _offset_name(self._offset)

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _offset_name(offset):
    """timezone's default name: "UTC", "UTC+05:30", "UTC-01:02:03.000004"."""
    if not offset:
        return "UTC"
    sign = "+"
    if offset._days < 0:
        sign = "-"
        offset = -offset
    hours, rest = divmod(offset._seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    us = offset._microseconds
    if us:
        return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds, us)
    if seconds:
        return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
    return "UTC%s%02d:%02d" % (sign, hours, minutes)


_TZ_SINGLETONS = {}
timezone.utc = _TZ_SINGLETONS["utc"] = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(off, sep=":"):
    """+HH:MM[:SS[.ffffff]] (isoformat; sep="" for %z), "" for None."""
    if off is None:
        return ""
    sign = "+"
    if off._days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


# ---- time ----------------------------------------------------------------------

_TIMESPECS = ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")


def _format_time(hh, mm, ss, us, timespec):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument 'timespec' must be str, not %s" % _arg_name(timespec))
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=_MISSING, second=0, microsecond=0, tzinfo=None, *extra, fold=0, **kw):
        if extra or kw:
            _bad_args(5, extra, kw, (), what="positional arguments")
        if (second == 0 and microsecond == 0 and tzinfo is None and fold == 0
                and _is_state(hour, 6, lambda b: (b[0] & 0x7F) < 24)):
            # Unpickling: time(state[, tzinfo]).
            tzinfo = None if minute is _MISSING else minute
            if tzinfo is not None and not isinstance(tzinfo, tzinfo_base):
                raise TypeError("bad tzinfo state arg")
            b = _state_bytes(hour)
            h = b[0]
            fold = 0
            if h > 127:
                h -= 128
                fold = 1
            return _new_time(h, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tzinfo, fold, cls)
        if minute is _MISSING:
            minute = 0
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        return _new_time(hour, minute, second, microsecond, tzinfo, fold, cls)

    # -- attributes

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- time zone queries

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # -- comparisons

    def _time_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, eq):
        """-1/0/1, or None when a naive and an aware time meet."""
        if self._tzinfo is other._tzinfo:
            a, b = self._time_key(), other._time_key()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 == off2:
                a, b = self._time_key(), other._time_key()
            elif off1 is None or off2 is None:
                if eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                # As CPython: whole seconds of the offsets only.
                a = (self._hour * 3600 + self._minute * 60 + self._second - off1._days * 86400
                     - off1._seconds, self._microsecond)
                b = (other._hour * 3600 + other._minute * 60 + other._second - off2._days * 86400
                     - off2._seconds, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return _no_order("lt", self, other)

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return _no_order("le", self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return _no_order("gt", self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return _no_order("ge", self, other)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                us = (t._hour * 3600 + t._minute * 60 + t._second) * 1000000 + t._microsecond
                self._hashcode = hash(_delta_from_us(us) - off)
        return self._hashcode

    def __bool__(self):
        return True

    # -- strings

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tp_name(self), s)

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in ISO 8601 format."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, sec, us, tz = parsed
        tz = _tz_from_iso(tz)
        if cls is time:
            h, m, sec, us, _ = _check_time_fields(h, m, sec, us, 0)
            return _new_time(h, m, sec, us, tz, 0)
        return cls(h, m, sec, us, tz)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_name(format))
        tt = _struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        if type(self) is time:
            return _new_time(hour, minute, second, microsecond, tzinfo, fold)
        if fold:
            return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)
        return type(self)(hour, minute, second, microsecond, tzinfo)

    # -- pickling

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _new_time(hour, minute, second, microsecond, tz, fold, cls=time):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


time.min = _new_time(0, 0, 0, 0, None, 0)
time.max = _new_time(23, 59, 59, 999999, None, 0)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *extra, fold=0, **kw):
        if extra or kw:
            _bad_args(8, extra, kw, (), what="positional arguments")
        if (month is _MISSING or month is None or isinstance(month, tzinfo_base)) and day is _MISSING \
                and _is_state(year, 10, lambda b: 1 <= (b[2] & 0x7F) <= 12):
            # Unpickling: datetime(state[, tzinfo]).
            tz = None if month is _MISSING else month
            b = _state_bytes(year)
            m = b[2]
            fold = 0
            if m > 127:
                m -= 128
                fold = 1
            us = (b[7] << 16) | (b[8] << 8) | b[9]
            return _new_datetime(b[0] * 256 + b[1], m, b[3], b[4], b[5], b[6], us, tz, fold, cls)
        _check_required(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        return _new_datetime(year, month, day, hour, minute, second, microsecond, tzinfo, fold, cls)

    # -- attributes

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- constructors

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _timestamp_seconds_us(t)
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(secs)
        else:
            y, m, d, hh, mm, ss = _localtime(secs)[:6]
        ss = min(ss, 59)
        fold = 0
        if tz is None and not utc:
            # Detect a fold: was this local time also shown 24 hours earlier?
            result = _fields_to_seconds(y, m, d, hh, mm, ss)
            probe = _local(_EPOCH_SECONDS + secs - _MAX_FOLD_SECONDS)
            transition = result - probe - _MAX_FOLD_SECONDS
            if transition < 0 and _local(_EPOCH_SECONDS + secs + transition) == result:
                fold = 1
        dt = _datetime_of_class(cls, y, m, d, hh, mm, ss, us, tz, fold)
        if tz is not None:
            dt = tz.fromutc(dt)
        return dt

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _arg_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _arg_name(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        _check_tzinfo_arg(tzinfo)
        return _datetime_of_class(cls, date._year, date._month, date._day, time._hour, time._minute,
                                  time._second, time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        parsed = None
        if len(s) >= 7:
            sep = _iso_separator(s)
            if sep is not None:
                ymd = _parse_iso_date(s[:sep])
                if ymd is not None:
                    if sep < len(s):
                        t = _parse_iso_time(s[sep + 1:])
                        if t is not None:
                            parsed = ymd + t[:4], t[4]
                    else:
                        parsed = ymd + (0, 0, 0, 0), False
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        fields, tz = parsed
        return _datetime_of_class(cls, *fields, _tz_from_iso(tz), 0, check=True)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, offset, tzname = _strptime(date_string, format)
        tz = None
        if offset is not None:
            delta = _delta_from_us(offset)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
        return cls(*fields, tz)

    # -- conversions

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def _local_seconds(self):
        """Seconds since 0001-01-01 of the UTC moment this naive local time names (fold-aware)."""
        return _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            s = self._local_seconds() - _EPOCH_SECONDS
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        return _datetime_of_class(type(self), year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    def _local_timezone(self):
        """The local zone (a fixed-offset timezone named as the C library names it) at this naive local time."""
        return _local_timezone_at(self._local_seconds() - _EPOCH_SECONDS)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            offset = mytz.utcoffset(self)
            _check_utc_offset("utcoffset", offset)
        if offset is None:
            mytz = self._local_timezone()
            offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = self - offset
        if tz is None:
            u = utc.replace(tzinfo=None)
            secs = (u.toordinal() - _EPOCH_ORDINAL) * 86400 + u._hour * 3600 + u._minute * 60 + u._second
            tz = _local_timezone_at(secs)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- strings

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _arg_name(sep))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s" % (_tp_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _arg_name(format))
        return _wrap_strftime(self, format, self.timetuple())

    # -- time zone queries

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    # -- comparisons

    def _dt_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, eq):
        """-1/0/1 (2 for "unequal" from PEP 495's rule), None for naive vs aware in ==."""
        if self._tzinfo is other._tzinfo:
            a, b = self._dt_key(), other._dt_key()
            return (a > b) - (a < b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            a, b = self._dt_key(), other._dt_key()
            c = (a > b) - (a < b)
        elif off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            diff = self - other
            c = -1 if diff._days < 0 else (1 if diff else 0)
        if c == 0 and eq and (self._fold_sensitive(off1) or other._fold_sensitive(off2)):
            # PEP 495: a time in a fold or gap is never equal to one in another zone.
            return 2
        return c

    def _fold_sensitive(self, offset):
        return self.replace(fold=not self._fold).utcoffset() != offset

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            c = self._cmp(other, False)
            return {"lt": c < 0, "le": c <= 0, "gt": c > 0, "ge": c >= 0}[op]
        if isinstance(other, date):
            _cmperror(self, other)
        return _no_order(op, self, other)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                days = _ymd2ord(t._year, t._month, t._day)
                secs = t._hour * 3600 + t._minute * 60 + t._second
                self._hashcode = hash(_delta_from_us((days * 86400 + secs) * 1000000 + t._microsecond) - off)
        return self._hashcode

    # -- arithmetic

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the naive fields."""
        days = _ymd2ord(self._year, self._month, self._day)
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _no_arith("+", self, other)
        us = self._us() + other._to_us()
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, micro = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        y, m, d = _ord2ymd(days)
        return _datetime_of_class(type(self), y, m, d, hh, mm, ss, micro, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("unsupported operand type(s) for -: '%s' and '%s'" % (_tp_name(self), _tp_name(other)))
            return _no_arith("-", self, other)
        us = self._us() - other._us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                us -= off1._to_us() - off2._to_us()
        return _delta_from_us(us)

    # -- pickling

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


tzinfo_base = tzinfo
_date_class = date
_time_class = time
_C_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)


def _new_datetime(year, month, day, hour, minute, second, microsecond, tz, fold, cls=datetime):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _datetime_of_class(cls, y, m, d, hh, mm, ss, us, tz, fold, check=False):
    """A datetime of class cls: built directly for datetime itself, through cls() for subclasses."""
    if cls is datetime:
        if check:
            y, m, d = _check_date_fields(y, m, d)
            hh, mm, ss, us, fold = _check_time_fields(hh, mm, ss, us, fold)
        return _new_datetime(y, m, d, hh, mm, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


datetime.min = _new_datetime(1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = _new_datetime(1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)
_EPOCH_SECONDS = _EPOCH_ORDINAL * 86400     # 1970-01-01 in seconds since 0001-01-01 (day 1)


# ---- the clock and the local time zone ---------------------------------------------

_MAX_FOLD_SECONDS = 24 * 3600
_TIME_T_MAX = 2**63 - 1


def _struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _ctime(y, m, d, hh, mm, ss):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[wd], _MONTH_NAMES[m], d, hh, mm, ss, y)


def _timestamp_arg(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    if isinstance(t, int):
        return t
    try:
        index = type(t).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tp_name(t)) from None
    return index(t)


def _timestamp_seconds(t):
    """Whole seconds of a timestamp, rounded toward -inf (date.fromtimestamp)."""
    t = _timestamp_arg(t)
    if isinstance(t, float):
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return _math.floor(t)
    if not -2**63 <= t <= _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


def _timestamp_seconds_us(t):
    """(seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    t = _timestamp_arg(t)
    if isinstance(t, int):
        if not -2**63 <= t <= _TIME_T_MAX:
            raise OverflowError("timestamp out of range for platform time_t")
        return t, 0
    whole = float(int(t))
    frac = (t - whole) * 1e6
    us = _c_round(frac)
    if abs(frac - us) == 0.5:
        us = 2.0 * _c_round(frac / 2.0)
    if us >= 1e6:
        us -= 1e6
        whole += 1.0
    elif us < 0:
        us += 1e6
        whole -= 1.0
    if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
        raise OverflowError("timestamp out of range for platform time_t")
    return int(whole), int(us)


def _check_year(y):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)


def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    _check_year(y)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _localtime(secs):
    """time.localtime(secs) fields, with CPython's year range check."""
    if not -67768040609740800 <= secs <= 67767976233532799:
        # Beyond a C int year: localtime() fails with EOVERFLOW.
        raise OverflowError("timestamp out of range for platform time_t")
    tm = _time.localtime(secs)
    _check_year(tm.tm_year)
    return tm


def _fields_to_seconds(y, m, d, hh, mm, ss):
    """Seconds since 0001-01-01 00:00 (day 1 counted from its start, as CPython's utc_to_seconds)."""
    return ((_ymd2ord(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss


def _local(u):
    """The local wall time at moment u, both as seconds since 0001-01-01 (CPython's local())."""
    tm = _time.localtime(u - _EPOCH_SECONDS)
    return _fields_to_seconds(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)


def _local_to_seconds(y, m, d, hh, mm, ss, fold):
    """Solve local(u) == t for u (seconds since 0001-01-01): the moment a naive
    local time names, choosing the earlier (fold=0) or later (fold=1) of two
    candidates in a fold, and one past a gap, as CPython's local_to_seconds."""
    t = _fields_to_seconds(y, m, d, hh, mm, ss)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    # t is in a gap: neither candidate maps back to it.
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone_at(posix_seconds):
    """The local zone at a POSIX time: timezone(gmtoff, zone name), as CPython builds it."""
    tm = _time.localtime(posix_seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ---- ISO 8601 parsing (fromisoformat) ---------------------------------------------------

def _digits(s, pos, n):
    """The int of exactly n ASCII digits at s[pos:], or None."""
    part = s[pos:pos + n]
    if len(part) != n:
        return None
    for c in part:
        if c not in "0123456789":
            return None
    return int(part)


def _iso_separator(s):
    """Where the date part of an ISO datetime string ends (CPython's rules), or None."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10                       # YYYY-MM-DD
        if n < 8:
            return None
        if n > 8 and s[8] == "-":
            if n == 9:
                return None
            if n > 10 and s[10] in "0123456789":
                return 8                    # YYYY-Www-HH...
            return 10                       # YYYY-Www-D
        return 8                            # YYYY-Www
    if s[4] == "W":
        idx = 7
        while idx < n and s[idx] in "0123456789":
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8     # YYYYWww or YYYYWwwD
    return 8                                # YYYYMMDD


def _parse_iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None if malformed.

    Like CPython, characters after a complete YYYYMMDD are not looked at."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dash = s[pos:pos + 1] == "-"
    pos += dash
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < len(s):
            if dash:
                if s[pos] != "-":
                    return None
                pos += 1
            day = _digits(s, pos, 1)
            if day is None:
                return None
        try:
            n = _isocal_to_ord(year, week, day)
        except ValueError:
            return None
        return _ord2ymd(n)
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if dash:
        if s[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hms(s, pos, end):
    """HH[:MM[:SS[.f+]]] (or without colons) in s[pos:end], as CPython's
    parse_hh_mm_ss_ff: ([h, m, s, us], more) where `more` says the text did
    not stop at the end of s; None if malformed."""
    vals = [0, 0, 0, 0]
    colon = False
    i = 0
    while i < 3:
        v = _digits(s, pos, 2)
        if v is None:
            return None
        vals[i] = v
        pos += 2
        c = s[pos] if pos < len(s) else ""
        pos += 1
        if i == 0:
            colon = c == ":"
        if pos >= end:
            return vals, c != ""
        i += 1
        if colon and c == ":":
            continue
        if c in (".", ","):
            break
        if not colon:
            pos -= 1
            continue
        return None
    n = min(end - pos, 6)
    us = _digits(s, pos, n) if n > 0 else None
    if us is None:
        return None
    vals[3] = us * 10 ** (6 - n)
    pos += n
    while pos < len(s) and s[pos] in "0123456789":
        pos += 1
    return vals, pos < len(s)


def _parse_iso_time(s):
    """(h, m, s, us, tz) where tz is False (none) or (sign, h, m, s, us); None if malformed."""
    cut = len(s)
    for i, c in enumerate(s):
        if c in "Z+-":
            cut = i
            break
    r = _parse_hms(s, 0, cut)
    if r is None:
        return None
    t, more = r
    if cut == len(s):
        if more:
            return None
        return t[0], t[1], t[2], t[3], False
    if s[cut] == "Z":
        if cut + 1 != len(s):
            return None
        return t[0], t[1], t[2], t[3], (1, 0, 0, 0, 0)
    r = _parse_hms(s, cut + 1, len(s))
    if r is None or r[1]:
        return None
    z = r[0]
    return t[0], t[1], t[2], t[3], (-1 if s[cut] == "-" else 1, z[0], z[1], z[2], z[3])


def _tz_from_iso(tz):
    if tz is False:
        return None
    sign, h, m, sec, us = tz
    if not (h or m or sec or us):
        return timezone.utc
    return timezone(timedelta(seconds=sign * (h * 3600 + m * 60 + sec), microseconds=sign * us))


# ---- strftime --------------------------------------------------------------------

def _wrap_strftime(obj, format, timetuple):
    """Format %f, %z and %Z ourselves (they need the object), the rest with time.strftime."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != "%":
            out.append(c)
            continue
        if i >= n:
            out.append("%")
            break
        c = format[i]
        i += 1
        if c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            off = obj.utcoffset() if isinstance(obj, (time, datetime)) else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if isinstance(obj, (time, datetime)) else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), timetuple)


# ---- strptime (C locale) -----------------------------------------------------------

_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_FULL_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december"]

_STRPTIME_RE = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + "|".join(sorted(_FULL_DAYS, key=len, reverse=True)) + ")",
    "a": "(?P<a>" + "|".join(sorted((d[:3] for d in _FULL_DAYS), key=len, reverse=True)) + ")",
    "B": "(?P<B>" + "|".join(sorted(_FULL_MONTHS[1:], key=len, reverse=True)) + ")",
    "b": "(?P<b>" + "|".join(sorted((m[:3] for m in _FULL_MONTHS[1:]), key=len, reverse=True)) + ")",
    "p": "(?P<p>am|pm)",
    "%": "%",
}
# The C locale's composite formats.
_STRPTIME_ALIAS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_STRPTIME_ALIAS["W"] = None     # like %U, with its own group name

_strptime_cache = {}


def _strptime_pattern(format):
    """Compile a strptime format into a regex (CPython's _strptime rules)."""
    import re
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d in ("c", "x", "X"):
                out.append(_strptime_pattern(_STRPTIME_ALIAS[d])[1].pattern)
                continue
            if d == "Z":
                names = {"utc", "gmt"}
                for tzn in _time.tzname:
                    names.add(tzn.lower())
                out.append("(?P<Z>" + "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True)) + ")")
                continue
            if d == "W":
                rx = _STRPTIME_RE["U"].replace("?P<U>", "?P<W>")
            elif d in _STRPTIME_RE:
                rx = _STRPTIME_RE[d]
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            out.append(rx)
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        else:
            out.append(re.escape(c))
            i += 1
        continue
    return format, re.compile("".join(out), re.IGNORECASE)


def _strptime(data_string, format):
    """((y, m, d, H, M, S, us), offset_us or None, tzname or None) for datetime.strptime."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index + 1, _arg_name(arg)))
    compiled = _strptime_cache.get(format)
    if compiled is None:
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        compiled = _strptime_cache[format] = _strptime_pattern(format)[1]
    found = compiled.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz_offset = None
    tzname = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    g = found.groupdict()
    for key in g:
        v = g[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _FULL_MONTHS.index(v.lower())
        elif key == "b":
            month = [m[:3] for m in _FULL_MONTHS].index(v.lower())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = (g.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _FULL_DAYS.index(v.lower())
        elif key == "a":
            weekday = [d[:3] for d in _FULL_DAYS].index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in ("U", "W"):
            week_of_year = int(v)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            z = v
            if z == "Z":
                tz_offset = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                offset = (hours * 60 + minutes) * 60 + seconds
                frac = z[8:]
                us = int(frac + "0" * (6 - len(frac))) if frac else 0
                tz_offset = offset * 1000000 + us
                if z.startswith("-"):
                    tz_offset = -tz_offset
        elif key == "Z":
            tzname = v

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904     # so that Feb 29 parses; reported as 1900 below
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            n = _isocal_to_ord(iso_year, iso_week, weekday + 1)
            year, month, day = _ord2ymd(n)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is not None:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction), tz_offset, tzname


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    """Day of the year (1-based, may be <= 0) for %U/%W week numbers."""
    first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + 7 * (week_of_year - 1)
    return 1 + days_to_week + day_of_week
