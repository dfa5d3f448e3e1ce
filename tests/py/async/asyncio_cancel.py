# Task cancellation: CancelledError inside the coroutine, messages,
# catching and continuing, cancelling a task that waits for another,
# cancelling() / uncancel(), and cancellation of the main task's children.
import asyncio


async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    log = []
    t = asyncio.create_task(sleeper("s1", log))
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raised CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    print("cancel again:", t.cancel())

    log.clear()
    t = asyncio.create_task(sleeper("s2", log))
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)

    # Cancelled before it ever ran: the coroutine never starts.
    started = []

    async def never():
        started.append(True)

    t = asyncio.create_task(never())
    t.cancel()
    await asyncio.sleep(0)
    print("never started:", started, t.cancelled())

    # A task that swallows the cancellation keeps running.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn: ignoring cancel, cancelling() =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        await asyncio.sleep(0)
        return "stubborn result"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn:", await t, t.cancelled(), t.cancelling())

    # Cancelling a task cancels the task it awaits.
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise

    async def outer():
        try:
            await asyncio.create_task(inner())
        except asyncio.CancelledError:
            print("outer cancelled")
            raise

    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled:", t.cancelled())

    # A cancelled future.
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("fut msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future:", e.args, fut.cancelled())
    try:
        fut.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError too")

    # CancelledError is a BaseException: `except Exception` misses it.
    async def catches_exception():
        try:
            await asyncio.sleep(10)
        except Exception:
            print("not reached")

    t = asyncio.create_task(catches_exception())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException),
              issubclass(asyncio.CancelledError, Exception))

    # Tasks still pending when main returns are cancelled by asyncio.run.
    asyncio.create_task(sleeper("leftover", log))
    log.clear()
    await asyncio.sleep(0)
    print("main returns")
    return log


result = asyncio.run(main())
print("after run:", result)
