import typing
from typing import *
import collections.abc
import sys


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Callable[[int], str])
print(Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[str])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, List[int]])
print(Type[int], Literal[1, 'a'], Final[int], ClassVar[int], Annotated[int, 'meta', 5], Any, NoReturn, Never, Self)
print(List, Dict, Callable, Tuple, Optional, Union, Literal, Type, Deque[int], DefaultDict[str, int], Counter[str])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int], Union[int, Union[str, float]])
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]), Optional[List[int]])
print(Union[int, None] == Optional[int], int | None == Optional[int], Optional[int] == int | None)
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Callable[[int], str].__args__, Callable[..., int].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int, str], bool]), get_origin(Union[int, str]),
      get_args(Optional[int]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]), get_origin(int), get_args(int),
      get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(Generic), get_args(Callable[..., int]), get_args(Tuple[()]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(1, Union[int, str]), isinstance('', Optional[int]))
attempt(lambda: isinstance([], List[int]))
attempt(lambda: isinstance(1, Any))
attempt(lambda: Union[()])
attempt(lambda: List[int, str])
attempt(lambda: Dict[int])
attempt(lambda: Callable[int])
attempt(lambda: Callable[int, str])
attempt(lambda: Optional[int, str])
attempt(lambda: Annotated[int])
attempt(lambda: ClassVar[int, str])
attempt(lambda: List())
attempt(lambda: Any())
attempt(lambda: Union())
attempt(lambda: NoReturn[int])
attempt(lambda: List[ClassVar[int]])
print(List[1], Literal[Literal[1, 2], 3], Literal[1, True], Literal[1, 1])
print(Deque[int]().__class__, DefaultDict[str, int](int).__class__)

T = TypeVar('T')
S = TypeVar('S', int, str)
B = TypeVar('B', bound=int)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, S, B, Co, Contra, T.__name__, S.__constraints__, B.__bound__, Co.__covariant__, T.__module__)
print(List[T], Dict[str, T], List[T][int], Dict[T, S][int, str], Callable[[T], S][int, str], List[Tuple[T, T]][str])
print(List[T].__parameters__, Dict[T, S].__parameters__, Callable[[T], List[S]].__parameters__)
attempt(lambda: TypeVar('X', int))
attempt(lambda: TypeVar('X', int, str, bound=int))
attempt(lambda: TypeVar('X', covariant=True, contravariant=True))
attempt(lambda: List[T][int, str])
attempt(lambda: List[int][int])
print(Optional[T], Union[T, int], T | int, int | T)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(Box[int], Box.__parameters__, b.get(), b.__orig_class__, Box(4).item, Box.__mro__)


class Pair(Generic[T, S]):
    pass


print(Pair[int, str], Pair[int, str].__args__, Pair.__parameters__)
attempt(lambda: Pair[int])
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()])
print(Generic[T], Protocol[T])


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(5).item, IntBox.__mro__)


class Both(Box[T], Pair[T, S]):
    pass


print(Both.__parameters__)


def bad_generic():
    class X(Generic[T], Generic[S]):
        pass


def bad_generic2():
    class X(Box[T], Generic[S]):
        pass


def bad_generic3():
    class X(Generic):
        pass


for f in (bad_generic, bad_generic2, bad_generic3):
    attempt(f)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList([1, 2]))


class MyDict(Dict[str, T]):
    pass


print(MyDict.__parameters__, MyDict[int], MyDict.__mro__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class NotClosable:
    pass


print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), issubclass(Resource, Closable))
print(isinstance(open(__file__), Closable), Closable._is_protocol)


class Proto(Protocol):
    x: int

    def meth(self) -> int:
        ...


attempt(lambda: isinstance(1, Proto))
attempt(lambda: Proto())
attempt(lambda: issubclass(int, runtime_checkable(Proto)))


class Impl(Proto):
    def __init__(self, v):
        self.x = v

    def meth(self):
        return self.x


print(Impl(3).meth(), isinstance(Impl(2), Proto))
attempt(lambda: runtime_checkable(int))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.0, SupportsFloat), issubclass(int, SupportsIndex))
print(isinstance(2, SupportsAbs), SupportsAbs[int])


class GP(Protocol[T]):
    def get(self) -> T:
        ...


print(GP[int], GP.__parameters__)


def bad_proto():
    class P(Protocol, int):
        pass


attempt(bad_proto)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


p = Point(1)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple), p._replace(y=3), Point(2, 3)._asdict())
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__module__, NamedTuple('K', a=int)(1))


def bad_nt():
    class P(NamedTuple):
        x: int = 0
        y: int


def bad_nt2():
    class P(NamedTuple):
        x: int

        def _asdict(self):
            pass


for f in (bad_nt, bad_nt2):
    attempt(f)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie2.__optional_keys__, Movie2.__total__, sorted(Movie2.__annotations__))
attempt(lambda: isinstance(m, Movie))
M3 = TypedDict('M3', {'a': int, 'b': NotRequired[str]})
print(M3(a=1), sorted(M3.__required_keys__), sorted(M3.__optional_keys__), is_typeddict(M3), is_typeddict(dict))
print(cast(int, 'x'), cast('List[int]', 3), TYPE_CHECKING, Text is str, AnyStr, AnyStr.__constraints__)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)


def bad_newtype():
    class X(UserId):
        pass


attempt(bad_newtype)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3), len(get_overloads(f)))
attempt(lambda: overload(lambda x: x)(1))


@final
def fin():
    pass


print(fin.__final__)
attempt(lambda: assert_never(3))
print(assert_type(3, int))


class Node:
    val: int
    next: 'Optional[Node]'
    children: 'List[Node]'
    data: Dict[str, 'Node']
    cv: ClassVar[int] = 3
    ann: Annotated[int, 'x']
    n: None
    u: 'int | str'
    lit: "Literal['a', -1]"
    t: 'Tuple[int, ...]'
    dotted: 'typing.List[int]'
    c: 'Callable[[int], str]'


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['ann'])


def func(a: int, b: 'str' = 'x', c: 'List[Node]' = None) -> 'Optional[int]':
    pass


print(get_type_hints(func))
print(get_type_hints(func.__call__) if False else get_type_hints(lambda: 0))


class Derived(Node):
    extra: 'Box[int]'


print(get_type_hints(Derived)['extra'], len(get_type_hints(Derived)))


def undefined(a: 'Nope'):
    pass


attempt(lambda: get_type_hints(undefined))
print(ForwardRef('int'), ForwardRef('x') == ForwardRef('x'), List['int'], Optional['Node'])
attempt(lambda: ForwardRef('1 +'))

P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int], Callable[P, T][[int, str], bool])
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], [*Ts])
print(IO, TextIO, BinaryIO, IO[str], typing.io.IO is IO)
print(Hashable, Sized, Awaitable[int], Coroutine[int, int, int], AsyncIterator[int], ContextManager[int], Reversible[int])
print(ChainMap[str, int], OrderedDict[str, int], KeysView[int], ItemsView[int, str], AbstractSet[int], ByteString)
print(Pattern, Pattern[str], Match[bytes])
print(get_type_hints(Point), dir(List[int])[:3])


class WithAny(Any):
    pass


print(WithAny.__mro__[1:])
print(no_type_check(func) is func, get_type_hints(func))
print(repr(List[int]), str(Dict[str, List[int]]), repr(Callable[[List[int]], Dict[str, int]]))
print(Union[List[int], Dict[str, int]], Union[int, List[str], None])
print(Literal[1] | None, List[int] | None, None | List[int], Tuple[int, str] | int)
