import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def show(*args):
    print(*args)


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


show(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>10}")
show(list(Color), len(Color), list(Color.__members__), Color.CRIMSON is Color.RED)
show(Color(1), Color['GREEN'], Color.RED.name, Color.RED.value, Color.CRIMSON.name)
show(repr(Color), Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
show(hash(Color.RED) == hash('RED'), list(reversed(Color)), bool(Color.RED))
show(sorted(Color.__members__.items()))
attempt(lambda: Color(7))
attempt(lambda: Color['nope'])
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: setattr(Color, 'RED', 5))
attempt(lambda: delattr(Color, 'RED'))
attempt(lambda: 1 in Color)
show(type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
show(Color.RED.__reduce_ex__(2))
show(dir(Color))
show(dir(Color.RED))


class Num(IntEnum):
    ONE = 1
    TWO = 2


show(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO:>5}", Num.ONE + 1, Num.ONE < Num.TWO, Num.ONE == 1)
show(Num(2), hash(Num.ONE) == hash(1), sorted([Num.TWO, Num.ONE]), int(Num.TWO), [n for n in Num])


class M(int, Enum):
    A = 1


class S(str, Enum):
    A = 'x'


show(f"{M.A}", str(M.A), repr(M.A), f"{S.A}", str(S.A), repr(S.A), S.A == 'x', S.A.upper())


class SE(StrEnum):
    AB = auto()
    CD = 'cd'


show(repr(SE.AB), str(SE.AB), SE.AB + '!', f'{SE.CD:>4}', SE('ab'))
attempt(lambda: StrEnum('Bad', [('A', 1)]))


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


show(list(A))


class E(Enum):
    A = 'x'
    B = auto()
    C = 5
    D = auto()


show(list(E))


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    P = auto()
    Q = auto()


show(list(Gen))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


show(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), repr(Planet.MERCURY))


class T(tuple, Enum):
    P = (1, 2)


show(repr(T.P), T.P[0])


class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = 1, 'first'
    B = 2, 'second'


show(Custom(1), Custom.B.label, repr(Custom.A))


class Mi(Enum):
    A = 1

    @classmethod
    def _missing_(cls, v):
        if v == 'a':
            return cls.A


show(Mi('a'))
attempt(lambda: Mi('b'))


class Mb(Enum):
    A = 1

    @classmethod
    def _missing_(cls, v):
        return 5


try:
    Mb(2)
except Exception as e:
    print(repr(e), repr(e.__context__))

try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)


def define(body):
    try:
        r = body()
        print('defined', r)
    except Exception as e:
        print('!!', type(e).__name__, e)


def d1():
    class D(Enum):
        A = 1
        A = 2
define(d1)


def d2():
    class D(Color):
        pass
define(d2)


def d3():
    class D(Enum):
        _foo_ = 3
define(d3)


def d4():
    class D(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
define(d4)


def d5():
    class D(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
    return list(D)
define(d5)


def d6():
    class D(Enum):
        _ignore_ = 'tmp i'
        tmp = 5
        for i in range(3):
            pass
        A = 1
    return list(D)
define(d6)


def d7():
    class D(int, str, Enum):
        A = 1
define(d7)


def d8():
    class D(Enum, int):
        A = 1
define(d8)


def d9():
    class D(Enum):
        mro = 1
define(d9)


def d10():
    class D(Enum):
        A = 1

        def A(self):
            pass
define(d10)


def d11():
    class D(Enum):
        __private = 1
        A = 2
        B = enum.nonmember(3)
        C = enum.member(lambda: 4)
    return list(D)[0], D.B, D.C.value()
define(d11)


def d12():
    class D(Enum):
        name = 1
        value = 2
    return list(D), D.name, D.value.name, D.name.value
define(d12)

F = Enum('F', 'a b c')
show(list(F), F.__module__, F.__qualname__)
G = Enum('G', [('x', 10), ('y', 20)])
show(list(G))
H = IntEnum('H', {'p': 5, 'q': 6})
show(list(H), H.p + 1)
K = Flag('K', 'r w x')
show(list(K), K.r | K.w)
Q = Enum('Q', 'one, two', start=0)
show(list(Q))

# equal values of different types are aliases
class Al(Enum):
    A = 1
    B = 1.0
    C = True
show(list(Al), Al.B, Al(True))

# unhashable values
class UH(Enum):
    A = [1]
    B = [2]
show(UH([2]), list(UH))
import copy
show(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
show(enum.EnumMeta is enum.EnumType, repr(auto()), type(Color).__name__)
