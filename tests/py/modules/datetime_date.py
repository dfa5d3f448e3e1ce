# datetime.date: construction, calendar arithmetic, ISO calendar, formatting, errors.
import datetime
from datetime import date, timedelta

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.ctime(), d.isoformat())
print(date.min, date.max, date.resolution, repr(date.max), datetime.MINYEAR, datetime.MAXYEAR)

# Ordinals round-trip across centuries, leap rules included.
checksum = 0
for n in list(range(1, 800)) + list(range(145000, 147500)) + list(range(730000, 731000, 7)) + list(range(3651000, 3652060)):
    x = date.fromordinal(n)
    assert x.toordinal() == n, n
    checksum = (checksum * 31 + x.year * 400 + x.month * 32 + x.day) % 1000000007
print('ordinal checksum', checksum)
for y in [1, 4, 100, 200, 300, 400, 1600, 1700, 1900, 2000, 2023, 2024, 9999]:
    print(y, date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal(), date(y, 12, 31).timetuple().tm_yday)

# ISO calendar over several year boundaries.
for y in [2003, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 1, 9999]:
    for m, dd in [(1, 1), (1, 2), (1, 3), (1, 4), (12, 28), (12, 29), (12, 30), (12, 31)]:
        ic = date(y, m, dd).isocalendar()
        assert date.fromisocalendar(*ic) == date(y, m, dd)
        print(y, m, dd, ic.year, ic.week, ic.weekday, end='; ')
    print()
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 1, 1))

# Arithmetic.
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=-59) + d, d - date(2000, 1, 1))
print(d + timedelta(hours=47), d - timedelta(hours=1), d - timedelta(seconds=1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace(month=12))
print(date.today() > date(2020, 1, 1), date.fromtimestamp(0) <= date(1970, 1, 2))
print(date.fromtimestamp(86400 * 365.25 * 30) .year)

# Comparisons and hashing.
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1))
print(d == '2024-02-29', d != 5, sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}), bool(date.min))
print(format(d), format(d, '%d/%m/%Y'), '{:%A %d %B %Y}'.format(d), f'{d}', f'{d:%j}')


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(date, 0, 1, 1)
attempt(date, 10000, 1, 1)
attempt(date, 2023, 2, 29)
attempt(date, 2024, 0, 1)
attempt(date, 2024, 4, 31)
attempt(date, 2024, 1, 1.0)
attempt(date, '2024', 1, 1)
attempt(date, 2**40, 1, 1)
attempt(date, 2024)
attempt(date, year=2024, month=5, day=6)
attempt(date.fromordinal, 0)
attempt(date.fromordinal, 3652060)
attempt(date.fromisocalendar, 2021, 53, 1)
attempt(date.fromisocalendar, 2020, 0, 1)
attempt(date.fromisocalendar, 2020, 1, 0)
attempt(date.fromisocalendar, 0, 1, 1)
attempt(date.fromisocalendar, 9999, 52, 6)
attempt(lambda: date.max + timedelta(1))
attempt(lambda: date.min - timedelta(1))
attempt(lambda: d + 1)
attempt(lambda: d < 1)
attempt(lambda: d - 1)
attempt(lambda: d.replace(month=13))
attempt(lambda: d.replace(year=2023))
attempt(d.strftime, 5)
attempt(date.fromtimestamp, float('nan'))
attempt(date.fromtimestamp, 'x')
attempt(date.fromtimestamp, 1e20)


class Index:
    def __index__(self):
        return 7


print(date(2024, Index(), Index()), date(True, True, True))
