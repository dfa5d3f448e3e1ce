from dataclasses import *
import dataclasses
import typing
from typing import ClassVar, List


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)


print(P.__doc__, P.__init__.__qualname__, P.__match_args__, P(1), P(1, 2, [3]), P(x=5, z=[1]))
print(P(1) == P(1), P(1) == P(2), P(1) != P(1, 1), P.__hash__, P(1).z is not P(1).z)
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'w': 3}), ((1,), {'x': 2}), ((1, 2, 3, 4), {'w': 1})]:
    attempt(lambda: P(*args, **kw))


@dataclass
class Q:
    a: int
    b: int
    c: int
    _: KW_ONLY
    d: int
    e: int = 1


for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((1, 2, 3, 4), {'d': 3}), ((1, 2, 3, 4, 5), {'d': 3}), ((1, 2, 3), {'d': 4})]:
    attempt(lambda: Q(*args, **kw))
print(Q.__doc__, Q.__match_args__)


@dataclass(frozen=True)
class Fr:
    x: int
    y: str = 'a'


f = Fr(1)
attempt(lambda: setattr(f, 'x', 2))
attempt(lambda: delattr(f, 'x'))
attempt(lambda: setattr(f, 'q', 2))
print(hash(f) == hash((1, 'a')), f, Fr.__mro__ and FrozenInstanceError.__mro__)


def bad1():
    @dataclass
    class B:
        x: int = 0
        y: int


def bad2():
    @dataclass
    class B:
        x: list = []


def bad3():
    @dataclass
    class B:
        x: dict = {}


def bad4():
    @dataclass
    class B:
        x = field()


def bad5():
    @dataclass(order=True, eq=False)
    class B:
        x: int


def bad6():
    @dataclass(frozen=True)
    class C(P):
        pass


def bad7():
    @dataclass
    class C(Fr):
        pass


def bad8():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def bad9():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, o):
            return 1


def bad10():
    @dataclass
    class C:
        a: ClassVar[int] = field(default_factory=list)


for b in (bad1, bad2, bad3, bad4, bad5, bad6, bad7, bad8, bad9, bad10):
    attempt(b)

print(fields(P)[0].name, fields(P)[0].type, fields(P)[2].default_factory, [f.name for f in fields(P(1))])
attempt(lambda: fields(1))


@dataclass(order=True)
class O:
    a: int
    b: str = 'x'


print(O(1) < O(2), O(1, 'a') <= O(1, 'b'), O(2) > O(1), O(1) >= O(1), O(1).__lt__(1), sorted([O(3), O(1), O(2)]))
attempt(lambda: O(1) < 1)


@dataclass
class CV:
    a: ClassVar[int] = 3
    b: InitVar[int] = 4
    c: 'typing.ClassVar[int]' = 5
    d: 'ClassVar[int]' = 6
    e: int = 0

    def __post_init__(self, b):
        self.bb = b


print([f.name for f in fields(CV)], CV(), CV(7).bb, CV.__doc__, CV.a, CV.c)
print(replace(P(1), y=5))
attempt(lambda: replace(P(1), w=5))
attempt(lambda: replace(CV(1, 2), e=3))
print(InitVar[int], InitVar[List[int]], is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))


@dataclass
class Inner:
    a: int
    b: list


@dataclass
class Outer:
    i: Inner
    d: dict
    t: tuple


o = Outer(Inner(1, [1, 2]), {'k': Inner(2, [])}, (Inner(3, []), 4))
print(asdict(o))
print(astuple(o))
attempt(lambda: asdict(1))


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: int = field(hash=False)
    z: int = field(compare=False, default=0)


print(hash(UH(1, 2)) == hash((1,)), UH(1, 2) == UH(1, 3))


@dataclass
class Opt:
    a: int = field(default=1, repr=False)
    b: int = field(default=2, init=False)
    c: list = field(default_factory=lambda: [1], init=False)
    m: int = field(default=0, metadata={'unit': 'm'})


print(Opt(), Opt(5).a, Opt().b, Opt().c, fields(Opt)[3].metadata['unit'], Opt.b)
attempt(lambda: Opt(1, 2))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW.__doc__)
attempt(lambda: KW(1))


@dataclass
class Rec:
    x: object = None


r = Rec()
r.x = r
print(r)


@dataclass
class WithDoc:
    """Docstring."""
    x: int


print(WithDoc.__doc__)


@dataclass(init=False)
class NoInit:
    x: int = 3


print(NoInit(), NoInit.__doc__)


@dataclass
class OwnInit:
    x: int

    def __init__(self, v):
        self.x = v * 2


print(OwnInit(2))

M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=5))], namespace={'twice': lambda self: self.b * 2})
print(M(1, 2), M(1, 2).twice(), [f.type for f in fields(M)])


@dataclass(slots=True)
class Sl:
    x: int
    y: int = 0


s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'z', 1))


@dataclass(frozen=True, slots=True)
class FSl:
    x: int


print(FSl(1), hash(FSl(1)) == hash((1,)))
attempt(lambda: setattr(FSl(1), 'x', 3))
print(dataclasses.MISSING is MISSING, repr(dataclasses._HAS_DEFAULT_FACTORY))


@dataclass
class Nested:
    @dataclass
    class In:
        v: int = 0
    w: int = 1


print(Nested.In(), Nested())


@dataclass
class Self_:
    self: int


print(Self_(self=3), Self_(4))
match Q(1, 2, 3, d=4):
    case Q(a, b, c):
        print('match', a, b, c)


@dataclass
class OwnInit2:
    x: int

    def __init__(self, a, b: int = 3, *args, c, d=4, **kw):
        self.x = a


print(OwnInit2.__doc__)
