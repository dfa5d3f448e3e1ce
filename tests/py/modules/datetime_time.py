# datetime.time: construction, reprs, isoformat, comparisons with and without zones.
from datetime import time, timezone, timedelta

for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(12, 0, tzinfo=timezone.utc), time(12, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
          time(5, fold=1), time(0, 0, 0, 500000, timezone(timedelta(seconds=61), 'odd'))]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold,
          t.utcoffset(), t.tzname(), t.dst())
t = time(13, 5, 9, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1).isoformat(timespec=spec))
print(time.min, time.max, time.resolution, bool(time()), bool(time.min))
print(t.replace(hour=0), t.replace(microsecond=0, tzinfo=timezone.utc), t.replace(fold=1).fold)
print(t.strftime('%H:%M:%S.%f %p %I %z|%Z'), time(9, tzinfo=timezone.utc).strftime('%z %Z'), format(t, '%H'))
print(format(t), f'{t:%M}')

# Comparisons: same zone, different zones, naive.
east = timezone(timedelta(hours=2))
print(time(12) == time(12), time(12) < time(12, 0, 1), time(12, tzinfo=east) == time(10, tzinfo=timezone.utc))
print(time(12, tzinfo=east) < time(10, 0, 1, tzinfo=timezone.utc), time(12, tzinfo=east) > time(9, tzinfo=timezone.utc))
print(time(12) == time(12, tzinfo=timezone.utc), time(12) != time(12, tzinfo=east), time(1) == 1)
print(hash(time(12, tzinfo=east)) == hash(time(10, tzinfo=timezone.utc)), hash(time(3)) == hash(time(3, fold=1)))
print(sorted([time(5), time(1, 30), time(23), time(0)]))


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(time, 24)
attempt(time, -1)
attempt(time, 0, 60)
attempt(time, 0, 0, 60)
attempt(time, 0, 0, 0, 1000000)
attempt(time, fold=2)
attempt(time, tzinfo=1)
attempt(time, 1.5)
attempt(lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt(lambda: time(1) < 5)
attempt(t.isoformat, 'nanoseconds')
attempt(t.replace, hour=25)
attempt(t.strftime, None)
