# datetime.datetime: construction, arithmetic across zones, timestamps, conversions.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 2, 29, 13, 45, 30, 250000)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 1)), repr(datetime(2020, 1, 1, 5, fold=1)))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
print(tuple(dt.timetuple()), tuple(dt.utctimetuple()), dt.toordinal(), dt.weekday(), dt.isocalendar())
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(dt.date(), dt.timetz(), timezone.utc))

utc = timezone.utc
plus5 = timezone(timedelta(hours=5, minutes=30), 'IST')
minus8 = timezone(-timedelta(hours=8))
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
b = a.astimezone(plus5)
c = a.astimezone(minus8)
print(b, c, repr(b), b.utcoffset(), c.tzname(), b.tzname(), b.dst())
print(a == b == c, a - b, b - c, c - datetime(2024, 3, 9, 20, tzinfo=utc), b.astimezone(utc) == a)
print(hash(a) == hash(b) == hash(c), len({a, b, c}), sorted([c, a + timedelta(1), b - timedelta(1)]))
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(1700000000, utc), datetime.fromtimestamp(1700000000.5, minus8), datetime.fromtimestamp(-1.25, plus5))
print(datetime.utcfromtimestamp(1700000000), datetime.utcfromtimestamp(0.0000005), datetime.utcfromtimestamp(0.0000015))
print(datetime.utcfromtimestamp(-0.0000005), datetime.utcfromtimestamp(1e9 + 0.999999), datetime.utcfromtimestamp(1e9 + 0.9999999))
print(datetime.fromtimestamp(1234567890.123456, utc).timestamp(), datetime.fromtimestamp(1e-6, utc))
print(datetime.now(utc).tzinfo, datetime.now().tzinfo, datetime.utcnow().tzinfo, datetime.today() > datetime(2020, 1, 1))
t = 1600000000.25
print(datetime.fromtimestamp(t).timestamp() == t, datetime.fromtimestamp(t, utc).timestamp() == t)
print((datetime.now() - datetime.utcnow()) < timedelta(days=1), datetime.now(minus8).utcoffset())

print(dt + timedelta(days=1, microseconds=750000), dt - timedelta(weeks=10), timedelta(hours=12) + dt)
print(dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt - dt)
print(dt.replace(year=2023, day=28), dt.replace(tzinfo=utc), dt.replace(tzinfo=utc).replace(tzinfo=None) == dt)
print(dt == dt.replace(fold=1), dt < dt + timedelta(microseconds=1), dt == date(2024, 2, 29), dt != date(2024, 2, 29))
print(datetime(2020, 1, 1, tzinfo=utc) == datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=utc) != datetime(2020, 1, 1))
print(format(dt), format(dt, '%Y-%m-%d %H|%f'), str(a), str(b))


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(datetime, 2020, 1, 1, 24)
attempt(datetime, 2020, 1)
attempt(datetime, 2020, 1, 1, tzinfo='x')
attempt(datetime, 2020, 1, 1, fold=-1)
attempt(lambda: datetime.max + timedelta(microseconds=1))
attempt(lambda: datetime.min - timedelta(microseconds=1))
attempt(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc))
attempt(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
attempt(lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
attempt(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt(lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
attempt(lambda: date(2020, 1, 2) - datetime(2020, 1, 1))
attempt(lambda: dt + 1)
attempt(lambda: dt.isoformat('TT'))
attempt(dt.isoformat, timespec='x')
attempt(datetime.combine, 1, time())
attempt(datetime.combine, date.today(), 1)
attempt(datetime.fromtimestamp, 1e20)
attempt(datetime.fromtimestamp, float('nan'))
attempt(datetime.utcfromtimestamp, -1e13)
attempt(datetime.fromtimestamp, 0, 'utc')
attempt(dt.astimezone, 5)
