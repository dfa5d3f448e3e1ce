from __future__ import annotations
import dataclasses
import enum
import json
import typing
from dataclasses import dataclass, field
from typing import ClassVar, Optional, List


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


@dataclass
class Future:
    a: int
    b: ClassVar[int] = 3
    c: dataclasses.InitVar[int] = 0
    d: Optional[List[int]] = None
    e: list[int] = field(default_factory=list)

    def __post_init__(self, c):
        self.cc = c


print(Future(1), Future.__doc__, [f.name for f in dataclasses.fields(Future)], Future(1, 5).cc)
print(typing.get_type_hints(Future))


class Coord(enum.Enum):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    X = (1, 2)
    Y = (3, 4)


print(Coord.X.value, Coord((3, 4)), Coord.Y.a)


class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.SQUARE


print(Shape.default(), Shape.SQUARE.describe(), Shape.ALIAS_FOR_SQUARE, [s.name for s in Shape], Shape(2).name)


class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404


print(json.dumps({'s': Status.OK, 'l': [Status.NOT_FOUND]}), Status.OK == 200, Status(404), sorted([Status.NOT_FOUND, Status.OK]))
print(f'{Status.OK}', '%s' % Status.OK, '%d' % Status.OK, str(Status.OK), repr(Status.OK), Status.OK + 1, int(Status.OK))
print('{}'.format(Status.NOT_FOUND), '{:>6}'.format(Status.OK), Status['OK'])


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


print(Mood.HAPPY == 'happy', Mood('sad'), json.dumps(Mood.HAPPY), json.dumps({Mood.SAD: 1}), Mood.HAPPY.upper(), f'{Mood.HAPPY}', '%s' % Mood.HAPPY)
match Shape.CIRCLE:
    case Shape.SQUARE:
        print('square')
    case Shape.CIRCLE:
        print('circle')


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, [p.name for p in rw], rw.value, bool(Perm(0)), rw & Perm.R, f'{rw}', rw == 6, Perm(6) is rw)
print(enum.Flag.__members__ if False else '', list(Perm), len(Perm), Perm.__members__.keys())


class Weekday(enum.Flag):
    MONDAY = enum.auto()
    TUESDAY = enum.auto()
    WEEKEND = enum.auto()


print(list(Weekday), repr(Weekday.MONDAY | Weekday.WEEKEND), str(Weekday.MONDAY | Weekday.WEEKEND), format(Weekday.MONDAY))


class Ordered(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return count * 10
    A = enum.auto()
    B = enum.auto()


print(list(Ordered), Ordered.A.value)


class Prop(enum.Enum):
    A = 1

    @enum.property
    def doubled(self):
        return self.value * 2


print(Prop.A.doubled)
attempt(lambda: Prop.doubled)


class Base(enum.Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    ONE = 1


print(Derived.ONE.hello(), isinstance(Derived.ONE, Base))
print(hash(Shape.SQUARE) == hash(Shape.ALIAS_FOR_SQUARE), {Shape.SQUARE: 1}[Shape.ALIAS_FOR_SQUARE])


class NT(typing.NamedTuple):
    """Doc here."""
    x: int
    y: 'str' = 'q'


print(NT(1), NT.__doc__, NT._field_defaults, typing.get_type_hints(NT))


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(FrozenPost(2), hash(FrozenPost(2)) == hash(FrozenPost(2)), FrozenPost(1) == FrozenPost(1))
print({FrozenPost(1), FrozenPost(1)})


@dataclass
class WithProp:
    _x: int = 0

    @property
    def x(self):
        return self._x


print(WithProp(3).x, WithProp())


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)
attempt(lambda: Empty(1))


@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
    d: str = 'x'


print(Defaults(), Defaults.__doc__)
