# Other threads talking to a running loop: call_soon_threadsafe and
# run_coroutine_threadsafe.
import asyncio
import threading


async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Queue()

    def worker(n):
        for i in range(3):
            loop.call_soon_threadsafe(got.put_nowait, (n, i))
        fut = asyncio.run_coroutine_threadsafe(add(n, 100), loop)
        loop.call_soon_threadsafe(got.put_nowait, (n, "sum", fut.result(timeout=5)))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    items = [await got.get() for _ in range(8)]
    for t in threads:
        t.join()
    print(sorted(items, key=str))
    # Per thread, the order of call_soon_threadsafe calls is kept.
    for n in range(2):
        print(n, [x for x in items if x[0] == n])

    def raiser():
        fut = asyncio.run_coroutine_threadsafe(boom(), loop)
        try:
            fut.result(timeout=5)
        except ZeroDivisionError as e:
            return f"thread saw {e!r}"

    async def boom():
        1 / 0

    print(await asyncio.to_thread(raiser))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
