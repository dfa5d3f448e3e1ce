# asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier:
# who gets the resource in which order.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            log.append(f"{name} out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print("lock:", log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # A cancelled waiter does not keep the lock.
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    lock.release()
    await asyncio.sleep(0)
    print("after cancelled waiter:", lock.locked(), waiter.cancelled())

    # Event
    ev = asyncio.Event()
    log = []

    async def waiter_task(n):
        log.append(f"w{n} waits")
        await ev.wait()
        log.append(f"w{n} woke")

    ws = [asyncio.create_task(waiter_task(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set:", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("event:", log)
    print("wait when set:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())

    # Condition: notify one at a time, then all; wait_for a predicate.
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"c{n} took {items.pop(0)}")

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "xyz":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    print("condition:", log)

    woke = []

    async def sleeper(n):
        async with cond:
            await cond.wait()
            woke.append(n)

    ss = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ss)
    print("notify_all:", woke)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Semaphore: at most 2 at a time.
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []

    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"{n}+")
            for _ in range(n % 2 + 1):
                await asyncio.sleep(0)
            active -= 1
            log.append(f"{n}-")

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak:", peak, log)
    print("locked:", sem.locked(), "value:", sem._value)

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    # Barrier
    barrier = asyncio.Barrier(3)
    log = []

    async def party(n):
        log.append(f"p{n} arrives")
        await asyncio.sleep(0.001 * n)
        idx = await barrier.wait()
        log.append(f"p{n} passes")
        return idx

    idx = await asyncio.gather(*(party(i) for i in range(3)))
    print("barrier:", log, sorted(idx), barrier.n_waiting, barrier.broken)


asyncio.run(main())
