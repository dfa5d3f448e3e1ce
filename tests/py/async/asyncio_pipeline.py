# A three-stage pipeline of queues with several workers per stage and
# a sentinel shutdown; deterministic because every hand-off is a queue.
import asyncio


async def source(out_q, items):
    for item in items:
        await out_q.put(item)
    await out_q.put(None)


async def stage(name, in_q, out_q, fn, log):
    while True:
        item = await in_q.get()
        if item is None:
            await out_q.put(None)
            log.append(f"{name} stops")
            return
        result = fn(item)
        log.append(f"{name}: {item} -> {result}")
        await asyncio.sleep(0)
        await out_q.put(result)


async def sink(in_q, results):
    while (item := await in_q.get()) is not None:
        results.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    log, results = [], []
    await asyncio.gather(
        source(q1, range(6)),
        stage("square", q1, q2, lambda x: x * x, log),
        stage("plus1", q2, q3, lambda x: x + 1, log),
        sink(q3, results),
    )
    print(results)
    for line in log:
        print(line)


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def transfer(self, other, amount, log):
        async with self.lock:
            if self.balance < amount:
                log.append(f"refused {amount}")
                return False
            await asyncio.sleep(0)
            self.balance -= amount
            other.balance += amount
            log.append(f"moved {amount}")
            return True

    @classmethod
    async def opened(cls, balance):
        await asyncio.sleep(0)
        return cls(balance)

    async def __aenter__(self):
        await self.lock.acquire()
        return self

    async def __aexit__(self, *exc):
        self.lock.release()


async def bank():
    a = await Account.opened(100)
    b = await Account.opened(0)
    log = []
    ok = await asyncio.gather(*(a.transfer(b, amt, log) for amt in (30, 50, 40, 20)))
    print(ok, a.balance, b.balance, log)
    async with a as acct:
        print("locked inside:", acct.lock.locked())
    print("unlocked:", a.lock.locked())


asyncio.run(main())
asyncio.run(bank())
