import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def attempt(f):
    try:
        r = f()
        print('->', repr(r), str(r) if not isinstance(r, (list, tuple)) else '')
    except Exception as e:
        print('!!', type(e).__name__, e)


class F(Flag):
    R = 1
    G = 2
    B = 4
    W = 7


print(list(F), repr(F.R | F.G), str(F.R | F.G), repr(F(0)), str(F(0)), repr(~F.R), repr(F.W))
print(list(F.W), len(F.W), F.__members__, repr(F), F.R in F.W, F.W in F.R, bool(F(0)))
print(repr(F.R & F.G), repr(F.R ^ F.W), repr(~F(0)), repr(~F.W), format(F.R | F.B), f"{F.G}")
for v in (-1, -9, -8, 0, 7, 9, 3, 'x', 1.5):
    attempt(lambda: F(v))
attempt(lambda: F.R | 1)
attempt(lambda: 1 in F.R)
print(F._flag_mask_, F._all_bits_, F._singles_mask_, F._boundary_, F.R.__reduce_ex__(2))


class P(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(P.R | P.W), str(P.R | P.W), repr(~P.R), repr(P(12)), repr(P.R | 8), repr(8 | P.R))
print(repr(P(0)), str(P(0)), format(P.R), P.R + 1, -P.R, P.R & 6, repr(P.R & 6), repr(P.R ^ P.W))
print(P._boundary_, repr(P), isinstance(P.R, int), P.R == 4, list(P(7)), len(P(12)))
for v in (-13, -5, 8, -9, 12, -1, 16, 24, 31, -8):
    attempt(lambda: (P(v), ~P(v)))


class Z(Flag):
    A = 1
    BC = 6


print(list(Z), repr(Z(7)), repr(Z(6)), repr(~Z.A), repr(Z.A | Z.BC))


class K(Flag):
    BLACK = 0
    A = 1
    B = 2
    AB = 3


print(list(K), K._member_names_, repr(K(0)), repr(K(3)), list(K(3)), len(K(0)), K.AB in K.A, K.A in K.AB)


class Ej(IntFlag, boundary=FlagBoundary.EJECT):
    A = 1


print(repr(Ej(5)), type(Ej(5)), repr(~Ej.A))


class Co(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Co(7)), repr(Co(-1)), repr(~Co.A))


class Au(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = 16
    E = auto()


print(list(Au), repr(Au.A | Au.E))


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


print(list(Perm), repr(Perm.RWX), repr(Perm(7)), Perm.RWX is Perm(7), repr(Perm.R | Perm.X))
print(list(FlagBoundary), repr(STRICT), str(KEEP))
print(enum.show_flag_values(13))


@enum.verify(enum.UNIQUE)
class V(Enum):
    A = 1
    B = 2


def attempt_class(body):
    try:
        body()
        print('ok')
    except Exception as e:
        print('!!', type(e).__name__, e)


def v1():
    @enum.verify(enum.UNIQUE)
    class V(Enum):
        A = 1
        B = 1


def v2():
    @enum.verify(enum.CONTINUOUS)
    class V(Enum):
        A = 1
        B = 3
        C = 5


def v3():
    @enum.verify(enum.NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        BCD = 14


def v4():
    @enum.verify(enum.CONTINUOUS)
    class V(Flag):
        A = 1
        B = 8


for v in (v1, v2, v3, v4):
    attempt_class(v)
