# Async comprehensions (PEP 530) and await inside comprehensions.
import types


@types.coroutine
def pause():
    yield


async def arange(n):
    for i in range(n):
        await pause()
        yield i


async def double(x):
    await pause()
    return 2 * x


async def main():
    print([i async for i in arange(5)])
    print({i % 3 async for i in arange(7)})
    print({i: i * i async for i in arange(4)})
    print([i async for i in arange(10) if i % 2 if i > 2])
    print([await double(i) for i in range(4)])
    print([await double(i) async for i in arange(3)])
    print([x for x in range(6) if await double(x) > 5])
    print([(i, j) async for i in arange(3) for j in range(i)])
    print([(i, j) for i in range(3) async for j in arange(i)])
    print([[j async for j in arange(i)] for i in range(4)])
    print({n: [x async for x in arange(n)] for n in range(3)})
    g = (i * 10 async for i in arange(4))
    print(type(g).__name__)
    print([x async for x in g])
    h = (await double(i) for i in range(3))
    print(type(h).__name__, [x async for x in h])
    nested = [[await double(j) for j in range(i)] for i in range(3)]
    print(nested)
    # The loop variable does not leak.
    i = "outer"
    print([i async for i in arange(2)], i)
    return "done"


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            print("result:", e.value, "after", steps, "suspensions")
            return


run(main())


def sync_gen_of_async():
    # An async generator expression is allowed in a plain function.
    return (x async for x in arange(3))


agen = sync_gen_of_async()
print(type(agen).__name__)


async def collect():
    return [x async for x in agen]

run(collect())

co = [c for c in main.__code__.co_consts if hasattr(c, 'co_flags')]
for c in co:
    print(c.co_name, hex(c.co_flags & 0x3a0))
