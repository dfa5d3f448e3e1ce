# async with / async for: the protocol calls, exceptions, suppression,
# break/continue/return through them, and else clauses.
import types


@types.coroutine
def pause(tag):
    yield tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await pause(f"enter {self.name}")
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await pause(f"exit {self.name}")
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await pause("tick")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def body():
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b)
    async with Manager("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Manager("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async for x in Ticker(3):
        print("tick", x)
    else:
        print("for-else ran")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("got", x)
    else:
        print("not printed")
    total = 0
    async for x in Ticker(3):
        async for y in Ticker(x):
            total += x * y
    print("total", total)
    return await early_return()


async def early_return():
    async with Manager("ret"):
        async for x in Ticker(10):
            if x == 3:
                return f"returned at {x}"


def run(coro):
    seen = []
    while True:
        try:
            seen.append(coro.send(None))
        except StopIteration as e:
            print("result:", e.value)
            print("loop saw", len(seen), "yields:", seen[:6])
            return


run(body())


# async with: exceptions inside __aexit__ and __aenter__.
class BadExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        raise RuntimeError("from aexit")


class BadEnter:
    async def __aenter__(self):
        raise OSError("from aenter")

    async def __aexit__(self, *exc):
        print("never called")


async def errors():
    try:
        async with BadExit():
            raise ValueError("original")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
    try:
        async with BadEnter():
            print("not reached")
    except OSError as e:
        print("OSError:", e)
    try:
        async for x in Ticker(1):
            raise LookupError("in body")
    except LookupError as e:
        print("LookupError:", e)


run(errors())
