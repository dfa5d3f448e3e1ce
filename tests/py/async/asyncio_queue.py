# asyncio.Queue: producers and consumers, join/task_done, bounded queues
# blocking put, QueueEmpty/QueueFull, PriorityQueue and LifoQueue.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}:{item}")
        print(f"{name} put {item} (size {q.qsize()})")
    print(f"{name} done")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    producers = [asyncio.create_task(producer(q, p, range(3))) for p in ("p", "q")]
    await asyncio.gather(*producers)
    await q.join()
    print("all processed:", seen)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)

    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # A get() that times out leaves the queue usable.
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out, getters left:", len(q._getters))
    q.put_nowait(1)
    print("then got", await q.get())

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        pq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print("lifo:", [await lq.get() for _ in range(4)])
    print(str(asyncio.Queue(5)))

    # Waiting getters are served in FIFO order.
    q = asyncio.Queue()
    order = []

    async def getter(n):
        order.append((n, await q.get()))

    gs = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for v in "abc":
        q.put_nowait(v)
    await asyncio.gather(*gs)
    print("fifo getters:", order)


asyncio.run(main())
