# asyncio.wait_for: results, TimeoutError (the builtin since 3.11), the
# awaited task being cancelled, timeout=None and timeout<=0.
import asyncio


async def slow(delay, value, log):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        log.append(f"slow({value}) cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(0.01, "quick", log), timeout=1))
    try:
        await asyncio.wait_for(slow(1, "late", log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", type(e) is TimeoutError, repr(e.__cause__)[:15], log)
    log.clear()
    print(await asyncio.wait_for(slow(0, "no timeout", log), None))
    try:
        await asyncio.wait_for(slow(1, "zero", log), 0)
    except TimeoutError:
        print("timeout 0:", log)
    log.clear()

    # Already-done futures return at once, even with timeout 0.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))

    # An exception from the awaitable passes through.
    async def fails():
        await asyncio.sleep(0)
        raise ValueError("inner failure")

    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("ValueError:", e)

    # A task that ignores cancellation makes wait_for return its result.
    async def ignores_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored the cancellation"

    print(await asyncio.wait_for(ignores_cancel(), 0.01))

    # Cancelling the task that runs wait_for cancels the inner one too.
    async def waiter():
        try:
            await asyncio.wait_for(slow(10, "inner", log), 5)
        except asyncio.CancelledError:
            print("waiter cancelled, inner:", log)
            raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

    # Timing out in a loop with retries.
    attempts = 0
    for delay in (5, 3, 0.001):
        attempts += 1
        try:
            r = await asyncio.wait_for(asyncio.sleep(delay, f"slept {delay}"), 0.3)
            print("attempt", attempts, "->", r)
            break
        except TimeoutError:
            print("attempt", attempts, "timed out")


asyncio.run(main())
