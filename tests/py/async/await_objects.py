# `await` on objects with __await__, types.coroutine generators, and the
# TypeErrors for things that cannot be awaited.
import types


class Ticket:
    """Awaitable: asks the driver for a value, returns it doubled."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        value = yield ("ticket", self.name)
        return value * 2


class Immediate:
    def __await__(self):
        return iter(())          # finishes at once, result None


class Chained:
    def __await__(self):
        first = yield from Ticket("inner").__await__()
        return first + 1


@types.coroutine
def raw(value):
    got = yield value
    return got


async def use_all():
    a = await Ticket("a")
    b = await Immediate()
    c = await Chained()
    d = await raw("raw request")
    return a, b, c, d


def run(coro, replies):
    replies = iter(replies)
    v = None
    while True:
        try:
            req = coro.send(v)
        except StopIteration as e:
            return e.value
        print("request:", req)
        v = next(replies)


print(run(use_all(), [1, 2, 3]))

print("types.coroutine keeps generators generators:",
      type(raw(0)).__name__, bool(raw.__code__.co_flags & 0x100))


async def await_it(x):
    return await x


def try_await(label, obj):
    try:
        run(await_it(obj), [])
    except TypeError as e:
        print(label, "TypeError:", e)


class NoIter:
    def __await__(self):
        return 42


class ReturnsCoro:
    def __await__(self):
        return await_it(1)


class Plain:
    pass


try_await("int", 1)
try_await("list", [1, 2])
try_await("instance", Plain())
try_await("non-iterator", NoIter())
try_await("coroutine from __await__", ReturnsCoro())


def gen():
    yield 1


try_await("plain generator", gen())


async def agen():
    yield 1


try_await("async generator", agen())


# An awaited coroutine cannot be awaited twice at the same time.
async def inner():
    await raw("waiting")

shared = inner()


async def first():
    await shared


async def second():
    await shared

f = first()
print(f.send(None))
try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# `yield from` a coroutine only works in a types.coroutine generator.
async def simple():
    return "simple"


def plain_gen():
    return (yield from simple())


try:
    next(plain_gen())
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def bridge():
    return (yield from simple())


try:
    next(bridge())
except StopIteration as e:
    print("bridge:", e.value)
