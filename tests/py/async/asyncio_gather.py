# asyncio.gather: results in argument order whatever the finishing order,
# return_exceptions, the first exception, duplicates, cancellation.
import asyncio

log = []


async def job(name, delay, result=None, fail=None):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    if fail:
        raise fail
    return result if result is not None else name


async def main():
    r = await asyncio.gather(job("slow", 0.08), job("fast", 0.01), job("now", 0))
    print("results:", r)
    print("log:", log)
    log.clear()

    r = await asyncio.gather(job("ok", 0), job("bad", 0, fail=ValueError("boom")),
                             job("ok2", 0.01), return_exceptions=True)
    print("with exceptions:", r)

    try:
        await asyncio.gather(job("x", 0.01), job("y", 0, fail=KeyError("y failed")))
    except KeyError as e:
        print("first exception:", repr(e))
    await asyncio.sleep(0.02)      # the other child keeps running
    print("log:", log)
    log.clear()

    print("empty:", await asyncio.gather())
    t = asyncio.ensure_future(job("dup", 0))
    print("duplicate:", await asyncio.gather(t, t, job("other", 0)))

    async def nested():
        return await asyncio.gather(job("n1", 0), asyncio.gather(job("n2", 0), job("n3", 0)))
    print("nested:", await nested())

    # Cancelling the gather cancels its children.
    g = asyncio.gather(job("c1", 1), job("c2", 1))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    # A cancelled child with return_exceptions becomes a CancelledError result.
    child = asyncio.ensure_future(job("victim", 1))
    g = asyncio.gather(child, job("survivor", 0), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel()
    res = await g
    print("results:", [type(x).__name__ if isinstance(x, BaseException) else x for x in res])

    # Plain futures in gather.
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_soon(f2.set_result, "f2")
    loop.call_later(0.01, f1.set_result, "f1")
    print("futures:", await asyncio.gather(f1, f2))


asyncio.run(main())
