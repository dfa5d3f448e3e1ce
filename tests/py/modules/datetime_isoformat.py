# fromisoformat (3.11 rules) for date, time and datetime: valid forms, quirks, errors.
from datetime import date, time, datetime

dates = ['2024-02-29', '20240229', '2024-W09', '2024W09', '2024-W09-4', '2024W094', '2020-W53-7', '2021-W53',
         '0001-01-01', '9999-12-31', '2024-13-01', '2023-02-29', '2024-1-01', '2024/01/01', '20200101xx',
         '2024-W00', '2024-W54', '2024-W01-8', '2024', '2024-01', '', '２０２４-01-01', '2024-01-01T00', ' 2024-01-0']
for s in dates:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

times = ['12', '1230', '12:30', '123045', '12:30:45', '12:30:45.1', '12:30:45,123', '12:30:45.1234567',
         '12:30:45.123456789', '12:30:45.', '12:30:45.x', '12:30:45.12x', 'T12:30', '12:30Z', '12:30z',
         '12:30+01', '12:30+0130', '12:30-01:30', '12:30+01:30:15', '12:30+01:30:15.5', '12:30+00:00',
         '12:30-00:00', '12:30+', '12:30+1', '12:30Z1', '24:00', '12:60', '12:3', '1', '', '12:30:45:15',
         '12.5', '12131415', '12:3045', '1230:45', '12:30+24:00', '12:30+23:59:59.999999', '12:30:45.123+05']
for s in times:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

datetimes = ['2024-02-29T12:30', '2024-02-29 12:30:45.5+02:00', '2024-02-29x12', '2024-02-2912:30',
             '20240229T123045Z', '2024-W09-4T08', '2024W094T0800', '2024W09T08', '2024-W09T08', '2024-W09-08:00',
             '2024-02-29', '2024-02-29T', '2024-02-29T25:00', '2024-02-29T12:30+05:30', '2024-02-29T12:30:00-00:00',
             '2024', '2024-02', '2024-02-29\u00e912:00', '2024-02-29T12:30:45.123456789', '2024-02-30T00:00']
for s in datetimes:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for x in [date(2024, 2, 29), time(1, 2, 3, 4), datetime(2024, 2, 29, 1, 2, 3, 4), datetime(1, 1, 1)]:
    print(type(x).fromisoformat(x.isoformat()) == x)
for f in [date.fromisoformat, time.fromisoformat, datetime.fromisoformat]:
    try:
        f(20240101)
    except TypeError as e:
        print('TypeError', e)
