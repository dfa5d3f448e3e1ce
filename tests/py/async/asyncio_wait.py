# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout),
# as_completed, and shield.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in
          [("a", 0.08), ("b", 0.01), ("c", 0.6)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("after timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), names(pending), sorted(t.result() for t in done))

    ts = [asyncio.create_task(job("ok", 0.01), name="ok"),
          asyncio.create_task(job("bad", 0.02, fail=True), name="bad"),
          asyncio.create_task(job("late", 0.5), name="late")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in pending])

    for bad in ([], job("x", 0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = job("y", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when="sometime")
    except ValueError as e:
        print("ValueError:", e)

    # as_completed yields in completion order.
    ts = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.09), ("y", 0.03), ("z", 0.06)]]
    for next_done in asyncio.as_completed(ts):
        print("as_completed:", await next_done)
    try:
        for next_done in asyncio.as_completed([asyncio.create_task(job("slow", 1))], timeout=0.01):
            await next_done
    except TimeoutError:
        print("as_completed timed out")

    # shield: cancelling the outer future leaves the inner task running.
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    async def uses_shield():
        return await asyncio.shield(job("protected", 0.01))

    t = asyncio.create_task(uses_shield())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task using shield was cancelled")
    await asyncio.sleep(0.02)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print("shield of done future:", asyncio.shield(done) is done)


asyncio.run(main())
