import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return 'shape'


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
attempt(lambda: Shape())


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
attempt(lambda: Half())


class Square(Half):
    def perimeter(self):
        return 4


print(Square().area(), Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape))


class WithProps(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(WithProps.__abstractmethods__))
attempt(lambda: WithProps())


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        pass

    @abc.abstractclassmethod
    def c(cls):
        pass

    @abc.abstractstaticmethod
    def s():
        pass


print(sorted(Old.__abstractmethods__))


class Sized_(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized_:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(issubclass(list, Sized_), isinstance([], Sized_), issubclass(int, Sized_), isinstance(3, Sized_))


class Reg(ABC):
    pass


print(Reg.register(int) is int, issubclass(int, Reg), isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
t0 = abc.get_cache_token()


@Reg.register
class Virtual:
    pass


print(issubclass(Virtual, Reg), Virtual.__name__, abc.get_cache_token() != t0, Reg not in Virtual.__mro__)
attempt(lambda: Reg.register(3))
attempt(lambda: issubclass(3, Reg))


class Sub(Reg):
    pass


attempt(lambda: Sub.register(Reg))
print(Sub.register(Sub) is Sub)


class SubOfSub(Sub):
    pass


print(issubclass(SubOfSub, Reg), isinstance(SubOfSub(), Reg), issubclass(Reg, Sub))


class Meta2(ABCMeta):
    pass


class UsesMeta2(metaclass=Meta2):
    @abstractmethod
    def f(self):
        pass


attempt(lambda: UsesMeta2())


class Late(ABC):
    pass


def f(self):
    pass


Late.f = abstractmethod(f)
print(Late.__abstractmethods__, sorted(abc.update_abstractmethods(Late).__abstractmethods__))
Late.f = lambda self: 1
abc.update_abstractmethods(Late)
print(Late.__abstractmethods__, Late().f())


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, ABC.__slots__)


class Kw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class KwChild(Kw, flag=5):
    pass


print(KwChild.flag)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator))
