# asyncio.timeout / timeout_at (3.11): TimeoutError when the block runs
# too long, expired(), reschedule(), nesting, and None (no deadline).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered:", repr(cm)[:16], cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError, expired:", cm.expired(), type(e.__cause__).__name__)
    print(repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time, expired:", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
        print("no deadline:", cm.when())

    # Reschedule: extend a deadline that would have expired.
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.02)
        print("rescheduled, still running")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline added later expired:", cm.expired())

    # A deadline in the past fires at the next iteration.
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached either")
    except TimeoutError:
        print("past deadline")

    # Nested: the inner timeout fires first and is handled inside.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out")
            await asyncio.sleep(0.001)
            print("outer block goes on")
    except TimeoutError:
        print("outer timed out (wrong)")

    # The block catches CancelledError itself: no TimeoutError.
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("block saw CancelledError")
    print("expired:", cm.expired())

    cm = asyncio.timeout(1)
    for op in (lambda: cm.reschedule(1), ):
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
