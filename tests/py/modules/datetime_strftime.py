# strftime (C library directives plus %f %z %Z) and strptime (C locale).
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 3, 7, 4, 5, 6, 789)
for c in 'aAbBcdDeFgGhHIjmMnpRStTuUVwWxXyYCfQ%':
    print(c, repr(dt.strftime('%' + c)))
print(repr(dt.strftime('%')), repr(dt.strftime('%-d %_m %e %10Y|%%f|%%%f')), repr(dt.strftime('')))
print(datetime(5, 1, 2).strftime('%Y|%y|%C|%G|%F|%c'), date(1999, 12, 31).strftime('%U %W %V %j %a'))
tz = timezone(timedelta(hours=-3, minutes=-30, seconds=-5, microseconds=-1), 'Odd%Name')
aware = dt.replace(tzinfo=tz)
print(aware.strftime('%z|%Z|%%z|%H'), dt.replace(tzinfo=timezone.utc).strftime('%z %Z'), dt.strftime('[%z][%Z]'))
print(time(23, 59).strftime('%Y-%m-%d %H:%M %f'), date(2024, 1, 1).strftime('%H:%M:%S %f %z'))

cases = [
    ('2024-03-07 04:05:06', '%Y-%m-%d %H:%M:%S'),
    ('7/3/24', '%d/%m/%y'), ('7/3/69', '%d/%m/%y'), ('7/3/68', '%d/%m/%y'),
    ('Thu Mar  7 04:05:06 2024', '%c'), ('03/07/24', '%x'), ('04:05:06', '%X'),
    ('march 7 2024', '%B %d %Y'), ('MAR 7 2024', '%b %d %Y'), ('Thursday', '%A'),
    ('12:30 pm', '%I:%M %p'), ('12:30 AM', '%I:%M %p'), ('1:05 PM', '%I:%M %p'), ('13', '%I'),
    ('2024 100', '%Y %j'), ('2024 1 0', '%Y %U %w'), ('2024 10 3', '%Y %W %w'), ('2024 52 7', '%G %V %u'),
    ('2024-03-07T04:05:06.5', '%Y-%m-%dT%H:%M:%S.%f'), ('06.123456', '%S.%f'),
    ('2024-03-07 +0530', '%Y-%m-%d %z'), ('2024-03-07 -05:30', '%Y-%m-%d %z'), ('2024 Z', '%Y %z'),
    ('2024 +01:02:03.5', '%Y %z'), ('2024 +010203', '%Y %z'), ('2024 UTC', '%Y %Z'), ('2024 +0100 GMT', '%Y %z %Z'),
    ('  2024', '%Y'), ('2024   1', '%Y %m'), ('2024\t1', '%Y %m'), ('29 2', '%d %m'), ('2024%', '%Y%%'),
    ('2024', '%Y %m'), ('2024 01x', '%Y %m'), ('2024 13', '%Y %m'), ('2024', '%Q'), ('2024', '%Y%'),
    ('2023 02 29', '%Y %m %d'), ('2024 52', '%G %V'), ('2024 10 3', '%Y %V %u'), ('2024 +01:0203', '%Y %z'),
    ('a.b', '%Y.b'), ('(2024)', '(%Y)'), ('2024 366', '%Y %j'), ('1.2', '%d.%m'),
]
for s, f in cases:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), repr(f), repr(r))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError', e)
for args in [(5, '%Y'), ('2024', 5)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
