# run_in_executor and to_thread: blocking functions run in a thread pool
# while the loop keeps going; results and exceptions come back as futures.
import asyncio
import concurrent.futures
import threading
import time


def blocking(n, delay):
    time.sleep(delay)
    return n * n, threading.current_thread() is threading.main_thread()


def fails():
    raise KeyError("from the thread")


async def ticker(stop, counts):
    while not stop.is_set():
        counts.append(1)
        await asyncio.sleep(0.005)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 7, 0.01))
    stop = asyncio.Event()
    counts = []
    tick = asyncio.create_task(ticker(stop, counts))
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i, 0.05) for i in range(4)))
    stop.set()
    await tick
    print(results)
    print("loop kept running:", len(counts) > 1)
    try:
        await loop.run_in_executor(None, fails)
    except KeyError as e:
        print("KeyError:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    print(await asyncio.to_thread(blocking, 3, 0))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        fut = loop.run_in_executor(pool, blocking, 5, 0)
        print(type(fut).__name__, asyncio.isfuture(fut))
        print(await fut)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    timer = threading.Timer(0.01, cf.set_result, ["from a concurrent future"])
    timer.start()
    print(await wrapped)
    timer.join()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print("after run: threads left", threading.active_count())
