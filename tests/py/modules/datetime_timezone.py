# datetime.timezone and user tzinfo subclasses (a US-style DST rule), fromutc.
from datetime import datetime, timedelta, timezone, tzinfo
import datetime as dtmod

for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(hours=1)),
           timezone(-timedelta(hours=1)), timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(seconds=-61)),
           timezone(timedelta(microseconds=1)), timezone(-timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)),
           timezone.min, timezone.max, dtmod.UTC]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__())
print(timezone.utc is dtmod.UTC, timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), 'x'))
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'), hash(timezone(timedelta(hours=2))) == hash(timedelta(hours=2)))
plus3 = timezone(timedelta(hours=3))
print(plus3.fromutc(datetime(2020, 1, 1, tzinfo=plus3)))


def first_sunday_on_or_after(dt):
    days = 6 - dt.weekday()
    return dt + timedelta(days)


class USEastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'USEastern()'


east = USEastern()
for h in range(4, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u, '->', local, local.tzname(), local.utcoffset(), local.dst(), local.astimezone(timezone.utc) == u)
for h in range(4, 8):
    u = datetime(2024, 11, 3, h, 30, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u, '->', local, local.tzname(), repr(local))
summer = datetime(2024, 7, 4, 12, tzinfo=east)
print(summer.utcoffset(), summer.tzname(), summer.timetuple().tm_isdst, datetime(2024, 1, 4, 12, tzinfo=east).timetuple().tm_isdst)
print(summer.isoformat(), summer.strftime('%z %Z'), summer.timestamp(), summer - datetime(2024, 7, 4, 12, tzinfo=timezone.utc))


class Broken(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.off


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(timezone, timedelta(hours=24))
attempt(timezone, -timedelta(hours=24))
attempt(timezone, 5)
attempt(timezone, timedelta(hours=1), 5)
attempt(timezone, timedelta(hours=1), None)
attempt(lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(hours=25))).utcoffset())
attempt(lambda: datetime(2020, 1, 1, tzinfo=Broken(5)).utcoffset())
attempt(lambda: datetime(2020, 1, 1, tzinfo=Broken('x')).tzname())
attempt(lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(hours=1))).astimezone(Broken(timedelta(0))))
attempt(tzinfo().utcoffset, None)
attempt(tzinfo().tzname, None)
attempt(tzinfo().dst, None)
attempt(tzinfo().fromutc, datetime(2020, 1, 1))
attempt(tzinfo().fromutc, 5)
attempt(timezone.utc.fromutc, datetime(2020, 1, 1))
attempt(timezone.utc.utcoffset, 5)
attempt(timezone.utc.fromutc, 5)
