# Subclasses of the datetime types: reprs, constructors, arithmetic results, extra state.
from datetime import date, datetime, time, timedelta, timezone


class MyDate(date):
    def __new__(cls, year, month, day, note='-'):
        self = super().__new__(cls, year, month, day)
        self.note = note
        return self

    def describe(self):
        return '%s %s' % (self.isoformat(), self.note)


class Stamp(datetime):
    pass


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = MyDate(2024, 5, 17, 'birthday')
print(repr(d), d.describe(), type(d + timedelta(1)).__name__, (d + timedelta(1)).note, type(d - timedelta(1)).__name__)
print(type(d.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__)
print(type(MyDate.today()).__name__, d == date(2024, 5, 17), d - date(2024, 1, 1), isinstance(d, date))
s = Stamp(2024, 5, 17, 8, 30)
print(repr(s), str(s), type(s + timedelta(hours=1)).__name__, type(s - timedelta(1)).__name__, type(s.replace(hour=1)).__name__)
print(type(Stamp.fromtimestamp(0, timezone.utc)).__name__, type(Stamp.combine(d, time(1))).__name__, type(Stamp.now()).__name__)
print(type(Stamp.fromisoformat('2020-01-01T00:00')).__name__, type(Stamp.strptime('2020', '%Y')).__name__)
print(type(s.astimezone(timezone.utc)).__name__, type(s.date()).__name__, type(s.time()).__name__, s == datetime(2024, 5, 17, 8, 30))
sp = Span(hours=36)
print(repr(sp), str(sp), sp.hours(), type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__, type(abs(sp)).__name__)
print(Span(1) == timedelta(1), hash(Span(1)) == hash(timedelta(1)))
s.extra = 5
print(s.extra, hasattr(datetime(2020, 1, 1), '__dict__'))
for obj in [date(2020, 1, 1), datetime(2020, 1, 1), time(), timedelta(), timezone.utc]:
    try:
        obj.attr = 1
    except AttributeError:
        print('AttributeError', type(obj).__name__)
for name in ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo']:
    cls = getattr(__import__('datetime'), name)
    print(name, cls.__name__, cls.__module__, repr(cls))
