# contextvars with asyncio: each task runs in a copy of the context it was
# created in, so values set inside a task stay there; callbacks and
# to_thread see the context they were scheduled from.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
trail = contextvars.ContextVar("trail")


async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0)
    token = trail.set(f"in {rid}")
    await asyncio.sleep(0)
    seen = (request_id.get(), trail.get())
    trail.reset(token)
    return seen, trail.get("unset")


async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handler(f"r{i}") for i in range(3))))
    print("main still sees:", request_id.get(), trail.get("unset"))

    loop = asyncio.get_running_loop()
    seen = []
    request_id.set("before call_soon")
    loop.call_soon(lambda: seen.append(request_id.get()))
    request_id.set("after call_soon")
    await asyncio.sleep(0)
    print("callback saw:", seen)

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx)
    await asyncio.sleep(0)
    print("explicit context:", seen[-1], "| current:", request_id.get())

    print("to_thread:", await asyncio.to_thread(request_id.get))

    t = asyncio.create_task(handler("task"), context=ctx)
    print(await t, ctx[request_id])

    async def child():
        return request_id.get()

    request_id.set("parent value")
    print("child inherits:", await asyncio.create_task(child()))


asyncio.run(main())
print("outside:", request_id.get())
