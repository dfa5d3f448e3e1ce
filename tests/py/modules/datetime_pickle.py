# datetime objects' pickled state (__reduce__/__reduce_ex__), copies and round trips.
import copy
import pickle
from datetime import date, time, datetime, timedelta, timezone, tzinfo

utc = timezone.utc
tz = timezone(timedelta(hours=-7), 'MST')
values = [date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31), time(), time(23, 59, 59, 999999),
          time(1, 2, 3, 400000, utc), time(5, fold=1), datetime(2024, 2, 29, 12, 30, 15, 123456),
          datetime(2024, 2, 29, tzinfo=tz), datetime(1999, 12, 31, 23, 59, fold=1), timedelta(),
          timedelta(-1, 5, 7), timedelta.max, utc, tz, timezone(timedelta(minutes=90)), timezone.min]
for v in values:
    print(repr(v))
    print('   ', v.__reduce__())
    if isinstance(v, (time, datetime)):
        print('   ', v.__reduce_ex__(2), v.__reduce_ex__(4))
    cls, args = v.__reduce__()[:2]
    print('   rebuilt', cls(*args) == v, copy.copy(v) == v, copy.deepcopy(v) == v)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        assert back == v and type(back) is type(v), (v, proto)
        if isinstance(v, (time, datetime)):
            assert back.fold == (v.fold if proto >= 4 else 0), (v, proto)
print(pickle.loads(pickle.dumps(utc)) is utc, pickle.loads(pickle.dumps(timezone(timedelta(0)), 2)) is utc)
print(date.today().isocalendar().__reduce__()[0] is tuple, pickle.loads(pickle.dumps(date(2020, 1, 1).isocalendar())))
print(date(b'\x07\xe8\x02\x1d'), datetime(b'\x07\xe8\x82\x1d\x0c\x1e\x0f\x01\xe2@', utc), time(b'\x81\x02\x03\x00\x00\x04', utc))
print(repr(time(b'\x81\x02\x03\x00\x00\x04')), repr(datetime(b'\x07\xe8\x02\x1d\x00\x00\x00\x00\x00\x00', None)))


class Zone(tzinfo):
    def __init__(self, name='z'):
        self.name = name

    def utcoffset(self, dt):
        return timedelta(hours=1)


z = Zone('abc')
print(z.__reduce__()[0] is Zone, z.__reduce__()[1:], tzinfo().__reduce__()[1:])
back = pickle.loads(pickle.dumps(datetime(2020, 5, 5, tzinfo=z)))
print(back, back.tzinfo.name)
print(pickle.dumps(date(2024, 2, 29), 0))
print(pickle.dumps(timedelta(1, 2, 3), 2))
