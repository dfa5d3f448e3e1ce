# datetime.timedelta: normalisation, float rounding, arithmetic, formatting, errors.
from datetime import timedelta

for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}), ((0, -1), {}),
                 ((0, 0, -1), {}), ((1, 86401, 1000001), {}), ((), {'weeks': 1, 'days': -1, 'hours': 25}),
                 ((), {'milliseconds': 1500, 'microseconds': -1}), ((), {'minutes': -90}),
                 ((1.5,), {}), ((0, 1.5), {}), ((0, 0, 1.5), {}), ((0, 0, 2.5), {}), ((0, 0, 0.5), {}),
                 ((0, 0, -0.5), {}), ((0, 0, -1.5), {}), ((), {'hours': 0.1}), ((), {'days': 1 / 3}),
                 ((), {'seconds': 1e-7}), ((), {'seconds': 5e-7}), ((), {'seconds': 1.5e-6}),
                 ((), {'weeks': 0.1, 'days': 0.1, 'hours': 0.1, 'minutes': 0.1, 'seconds': 0.1, 'milliseconds': 0.1}),
                 ((), {'days': 999999999, 'hours': 23, 'minutes': 59, 'seconds': 59, 'microseconds': 999999}),
                 ((), {'days': -999999999}), ((True, False), {}), ((), {'seconds': 2**40})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min))
a, b = timedelta(days=1, seconds=30), timedelta(hours=-5, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * -1, a * 0.5, b * 1.5, a * (1 / 3), b * 2.675, timedelta(microseconds=5) * 0.5)
print(a / 2, a / 7, b / 3, a / 0.1, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, b / -7)
print(a / b, b / a, a // b, b // a, a // 7, b // 7, a % b, b % a, divmod(a, b), divmod(b, timedelta(hours=1)))
print(a > b, a < b, a == timedelta(seconds=86430), a != b, a >= a, b <= b, max(a, b), min(a, b))
print(a == 1, a != 'x', bool(timedelta()), bool(timedelta(microseconds=1)))
print(hash(a) == hash(timedelta(seconds=86430)), hash(a) == hash((1, 30, 0)), len({a, b, timedelta(1, 30)}))
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5), timedelta(0, 0, -5)]))
print(sum([timedelta(hours=h) for h in range(30)], timedelta()))
print(f'{a}', '%s|%r' % (b, b), [timedelta(seconds=s) for s in (59, 60, 3599, 3600, 86399, 86400, 172800)])
print(timedelta(days=2).days, timedelta(minutes=1).seconds, timedelta(milliseconds=1).microseconds)


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(timedelta, 10**9)
attempt(timedelta, -10**9)
attempt(timedelta, 1e20)
attempt(timedelta, '1')
attempt(timedelta, seconds=None)
attempt(timedelta, float('nan'))
attempt(timedelta, float('inf'))
attempt(lambda: timedelta.max + timedelta(microseconds=1))
attempt(lambda: timedelta.min - timedelta(microseconds=1))
attempt(lambda: timedelta.max * 2)
attempt(lambda: a / 0)
attempt(lambda: a / 0.0)
attempt(lambda: a // 0)
attempt(lambda: a // timedelta(0))
attempt(lambda: a / timedelta(0))
attempt(lambda: a % timedelta(0))
attempt(lambda: a + 1)
attempt(lambda: a - 1)
attempt(lambda: a < 1)
attempt(lambda: a * 'x')
attempt(lambda: a * None)
attempt(lambda: a % 2)
