# An exception escaping the main coroutine ends asyncio.run with a traceback.
import asyncio


async def worker(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"worker {n} failed")
    return n


async def main():
    print("gathering")
    results = await asyncio.gather(*(worker(i) for i in range(4)))
    print("not reached", results)


asyncio.run(main())
