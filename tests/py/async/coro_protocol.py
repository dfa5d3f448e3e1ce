# The coroutine protocol driven by hand: send/throw/close, the cr_*
# attributes, and the errors a misused coroutine raises.
import types


@types.coroutine
def suspend(value):
    """Yield `value` to whoever drives the coroutine; return what it sends."""
    received = yield value
    return received


async def adder(n):
    total = 0
    for i in range(n):
        got = await suspend(("want", i))
        print("  adder got", got)
        total += got
    return total


def drive(coro, answers):
    """A tiny event loop: answer each request with the next value."""
    answers = iter(answers)
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  request", request)
        value = next(answers)


print("result", drive(adder(3), [10, 20, 30]))

c = adder(1)
print(type(c).__name__, c.__name__, c.__qualname__)
print("running", c.cr_running, "await", c.cr_await, "suspended", c.cr_suspended)
print("frame", c.cr_frame is not None, "code", c.cr_code.co_name, c.cr_code.co_flags & 0x80)
print("first send", c.send(None))
print("cr_await", type(c.cr_await).__name__, "suspended", c.cr_suspended)
try:
    c.send(5)
except StopIteration as e:
    print("StopIteration value", e.value)
print("frame after", c.cr_frame)

# A finished coroutine cannot be resumed.
for label, op in [("send", lambda: c.send(None)),
                  ("throw", lambda: c.throw(ValueError("x"))),
                  ("close", lambda: c.close())]:
    try:
        print(label, "->", op())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

# A just-started coroutine takes only None.
c = adder(1)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
print("closed before start: frame", c.cr_frame)


async def guarded():
    try:
        await suspend("first")
    except KeyError as e:
        print("  caught", repr(e))
        await suspend("after catch")
    finally:
        print("  finally runs")
    return "guarded done"


g = guarded()
print(g.send(None))
print(g.throw(KeyError("k")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = guarded()
g.send(None)
try:
    g.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))

# close() throws GeneratorExit in; awaiting again in the handler is an error.
async def stubborn():
    try:
        await suspend(1)
    except GeneratorExit:
        print("  got GeneratorExit")
        await suspend(2)


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def polite():
    try:
        await suspend(1)
    except GeneratorExit:
        print("  polite exit")
        raise


p = polite()
p.send(None)
print("close ->", p.close())

# StopIteration raised inside a coroutine becomes RuntimeError.
async def leaky():
    raise StopIteration("oops")

try:
    leaky().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# A coroutine is not an iterator.
c = adder(0)
for what, op in [("iter", lambda: iter(c)), ("next", lambda: next(c)), ("list", lambda: list(c))]:
    try:
        op()
    except TypeError as e:
        print(what, "TypeError:", e)
c.close()

# __await__ gives an iterator over the same coroutine.
async def answer():
    return 42

w = answer().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("via __await__:", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print("again:", e)

# A coroutine awaiting itself is running already.
async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
