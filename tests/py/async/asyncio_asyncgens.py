# Async generators under asyncio: iteration with awaits inside, early
# exit (the loop's finalizer hook schedules aclose()), shutdown_asyncgens
# at the end of asyncio.run, and async generators as context managers.
import asyncio
import contextlib
import sys


async def numbers(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"  {name} finally")


async def main():
    print("hooks installed:", sys.get_asyncgen_hooks().firstiter is not None)
    print([x async for x in numbers("full", 3)])

    async for x in numbers("broken", 10):
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one iteration later")

    kept = numbers("kept", 10)
    print("first:", await kept.__anext__())
    globals()["kept_gen"] = kept   # still suspended when main returns

    @contextlib.asynccontextmanager
    async def resource(name):
        print("  open", name)
        try:
            yield name.upper()
        finally:
            print("  close", name)

    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("file"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated:", e)

    async def ticker(delay, n):
        for i in range(n):
            await asyncio.sleep(delay)
            yield i

    async def consume(name, delay):
        return [f"{name}{i}" async for i in ticker(delay, 3)]

    print(await asyncio.gather(consume("a", 0.003), consume("b", 0.002)))
    print("main done")


asyncio.run(main())
print("hooks after run:", sys.get_asyncgen_hooks())
