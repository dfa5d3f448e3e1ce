# Exceptions in tasks: propagation through await chains, into gather,
# out of asyncio.run, exception handlers, and errors in callbacks.
import asyncio


class AppError(Exception):
    pass


async def level3():
    await asyncio.sleep(0)
    raise AppError("deep failure")


async def level2():
    try:
        return await level3()
    finally:
        print("level2 cleanup")


async def level1():
    try:
        await level2()
    except AppError as e:
        print("level1 caught:", e)
        raise RuntimeError("wrapped") from e


async def main():
    try:
        await level1()
    except RuntimeError as e:
        print("main caught:", e, "| cause:", repr(e.__cause__))

    t = asyncio.create_task(level3())
    await asyncio.sleep(0.001)
    print("task done:", t.done(), "exception:", repr(t.exception()))

    # Errors in callbacks and tasks go to the loop's exception handler.
    loop = asyncio.get_running_loop()
    reports = []

    def handler(lp, context):
        exc = context.get("exception")
        reports.append((context["message"].split(" at ")[0], type(exc).__name__ if exc else None))

    loop.set_exception_handler(handler)

    def bad_callback(x):
        raise ValueError(f"callback {x}")

    loop.call_soon(bad_callback, 1)
    loop.call_later(0.001, bad_callback, 2)
    await asyncio.sleep(0.01)

    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)
    print("reports:", reports)

    context = {"message": "custom report", "detail": 42}
    loop.call_exception_handler(context)
    print("last:", reports[-1])
    loop.set_exception_handler(None)

    # Exceptions escaping gather's children.
    async def fail(n):
        await asyncio.sleep(0.03 * n)
        raise ValueError(f"fail {n}")

    results = await asyncio.gather(fail(2), fail(1), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(fail(2), fail(1))
    except ValueError as e:
        print("gather raised the first to happen:", e)
    await asyncio.sleep(0.1)

    # KeyboardInterrupt-like BaseExceptions still reach the caller.
    async def raises_base():
        raise SystemExit(3)

    try:
        await raises_base()
    except SystemExit as e:
        print("SystemExit in coroutine:", e.code)

    raise AppError("escapes asyncio.run")


try:
    asyncio.run(main())
except AppError as e:
    print("asyncio.run raised:", repr(e))
