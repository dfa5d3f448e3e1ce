# datetime: seeded random values through arithmetic, conversions and formatting.
import random
from datetime import date, datetime, time, timedelta, timezone

rng = random.Random(99)
zones = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=9, minutes=15), 'X'),
         timezone(timedelta(seconds=rng.randrange(-86399, 86399)))]
for i in range(60):
    d = date.fromordinal(rng.randrange(1, 3652059))
    t = time(rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.choice([0, rng.randrange(10**6)]))
    tz = rng.choice([None] + zones)
    dt = datetime.combine(d, t, tz)
    delta = timedelta(days=rng.randrange(-5000, 5000), seconds=rng.uniform(-1e5, 1e5),
                      microseconds=rng.uniform(-1e6, 1e6))
    line = [repr(dt), dt.isoformat(), str(delta), repr(delta), d.isocalendar(), d.weekday(), d.ctime()]
    try:
        moved = dt + delta
        line += [repr(moved), repr(moved - dt == delta), (moved - dt).total_seconds()]
    except OverflowError as e:
        line.append('OverflowError %s' % e)
    line += [delta * rng.uniform(-3, 3), delta / rng.choice([3, 7, -11, 0.3, 2.5]), delta // timedelta(hours=1),
             delta % timedelta(minutes=7), round(delta.total_seconds(), 3)]
    if tz is not None:
        line += [dt.timestamp(), dt.utctimetuple()[:6], dt.astimezone(timezone.utc).isoformat(), hash(dt) == hash(dt.astimezone(zones[1]))]
        ts = rng.uniform(-1e10, 1e10)
        line += [datetime.fromtimestamp(ts, tz).isoformat(), datetime.utcfromtimestamp(round(ts, 3)).isoformat()]
    line += [dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z %a %b %j %U %W'), datetime.strptime('%04d %s' % (dt.year, dt.strftime('%j %H %M %S %f')), '%Y %j %H %M %S %f') == dt.replace(tzinfo=None)]
    print(i, ' | '.join(map(str, line)))
