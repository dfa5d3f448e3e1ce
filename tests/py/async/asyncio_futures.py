# asyncio.Future used directly, isfuture/iscoroutine/iscoroutinefunction,
# ensure_future on awaitables, and the order done-callbacks run in.
import asyncio
import types


async def coro_fn():
    return "coro"


@types.coroutine
def gen_coro():
    yield


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaitable result"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    order = []
    f.add_done_callback(lambda fut: order.append(("first", fut.result())))
    f.add_done_callback(lambda fut: order.append(("second", fut.result())))
    loop.call_soon(order.append, ("call_soon before set_result",))
    f.set_result(10)
    order.append(("right after set_result",))
    print(repr(f))
    await asyncio.sleep(0)
    print(order)
    # A callback added to a done future is scheduled, not called at once.
    order.clear()
    f.add_done_callback(lambda fut: order.append("late callback"))
    order.append("after add")
    await asyncio.sleep(0)
    print(order)
    for op in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)

    f = asyncio.Future()
    f.set_exception(KeyError("k"))
    print(repr(f), repr(f.exception()))
    try:
        await f
    except KeyError as e:
        print("await raises", repr(e))
    g = loop.create_future()
    g.set_exception(ValueError)
    print("class instantiated:", repr(g.exception()))
    for bad in (StopIteration(), 5):
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)

    print("isfuture:", asyncio.isfuture(f), asyncio.isfuture(asyncio.ensure_future(coro_fn())),
          asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
    c = coro_fn()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(gen_coro()),
          asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(1))
    c.close()
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(coro_fn),
          asyncio.iscoroutinefunction(gen_coro), asyncio.iscoroutinefunction(main),
          asyncio.iscoroutinefunction(print))

    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    fut = loop.create_future()
    print("same future:", asyncio.ensure_future(fut) is fut)
    fut.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    f = loop.create_future()
    cb = lambda fut: None
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print("removed:", f.remove_done_callback(cb), f.remove_done_callback(cb))
    print("Future[int]:", asyncio.Future[int])
    f.cancel()
    print(repr(f), f.cancel())


asyncio.run(main())
