# Async generators driven by hand: __anext__/asend/athrow/aclose, their
# awaitables, StopAsyncIteration, and the RuntimeErrors of misuse.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


async def counter(n):
    try:
        for i in range(n):
            sent = yield i
            if sent is not None:
                print("  counter received", sent)
            await pause(("tick", i))
    finally:
        print("  counter finally")


def drive(awaitable):
    """Run one awaitable; print what it passes through to the 'loop'."""
    try:
        v = awaitable.send(None)
        while True:
            print("  loop saw", v)
            v = awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))


g = counter(3)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(g.__aiter__() is g, type(g.__anext__()).__name__, type(g.aclose()).__name__)
print(drive(g.__anext__()))
print(drive(g.asend("hi")))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print("ag_frame after end:", g.ag_frame)

aw = counter(1).__anext__()
print(drive(aw))
print("reuse:", drive(aw))

# athrow: caught inside, the generator yields again.
async def catcher():
    try:
        yield "start"
    except ValueError as e:
        print("  caught", repr(e))
        yield "recovered"
    yield "end"

c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("bad"))))
print(drive(c.__anext__()))
print(drive(c.athrow(KeyError, "k")))
print("athrow after end:", drive(c.athrow(KeyError)))

# aclose runs finally blocks; a second aclose is a no-op.
g = counter(5)
drive(g.__anext__())
print("aclose:", drive(g.aclose()))
print("aclose again:", drive(g.aclose()))
print("anext after aclose:", drive(g.__anext__()))

# aclose on a never-started generator.
print("aclose fresh:", drive(counter(2).aclose()))

# Yielding in finally during aclose.
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
drive(s.__anext__())
print("stubborn:", drive(s.aclose()))

# Raising StopAsyncIteration / StopIteration inside is a RuntimeError.
async def bad_stop():
    yield 1
    raise StopAsyncIteration

b = bad_stop()
drive(b.__anext__())
print("bad_stop:", drive(b.__anext__()))

async def bad_iter():
    raise StopIteration
    yield

print("bad_iter:", drive(bad_iter().__anext__()))

# Two __anext__ awaitables at once.
async def slow():
    await pause("slow")
    yield "slow value"

s = slow()
a1 = s.__anext__()
print(a1.send(None))
print("second anext:", drive(s.__anext__()))
print("aclose while running:", drive(s.aclose()))
print("finish first:", drive(a1))

# An exception from the body propagates out of the awaitable.
async def boom():
    yield 1
    raise ZeroDivisionError("division in agen")

b = boom()
drive(b.__anext__())
print("boom:", drive(b.__anext__()))
print("after boom:", drive(b.__anext__()))

# asend's value arrives as the result of the yield.
async def echo():
    received = None
    while True:
        received = yield received

e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("ping")))
print(drive(e.asend("pong")))
print("non-None first send:", drive(echo().asend(1)))
