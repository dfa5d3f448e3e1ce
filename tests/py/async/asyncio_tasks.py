# Tasks: creation, names, states, results, callbacks, current_task,
# all_tasks, and the order in which ready tasks run.
import asyncio

order = []


async def step(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} finished"


def on_done(task):
    print("callback:", task.get_name(), task.result())


async def main():
    me = asyncio.current_task()
    print("current:", me.get_name(), me.done())
    tasks = [asyncio.create_task(step(n, 3)) for n in "abc"]
    print("names:", [t.get_name() for t in tasks])
    print("pending:", len(asyncio.all_tasks()), [t.done() for t in tasks])
    tasks[0].add_done_callback(on_done)
    for t in tasks:
        print(await t)
    print("interleaving:", order)
    print("states:", [t.done() for t in tasks], [t.cancelled() for t in tasks])
    print("exception():", tasks[0].exception())

    t = asyncio.create_task(step("named", 1), name="custom")
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name(), await t)

    def cb(tag):
        def inner(fut):
            print("done callback", tag, fut.result())
        return inner

    t = asyncio.create_task(asyncio.sleep(0, "value"))
    for tag in "xyz":
        t.add_done_callback(cb(tag))
    print("removed:", t.remove_done_callback(on_done))
    await t
    await asyncio.sleep(0)

    async def failing():
        await asyncio.sleep(0)
        raise ValueError("task failed")

    t = asyncio.create_task(failing())
    try:
        await t
    except ValueError as e:
        print("awaited:", repr(e))
    print("exception():", repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() raises:", repr(e))

    t = asyncio.create_task(step("x", 1))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        asyncio.create_task(lambda: None)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])

    # Tasks run in creation order; a task awaiting a done future goes on.
    order.clear()

    async def w(n):
        order.append(f"w{n} start")
        await asyncio.sleep(0)
        order.append(f"w{n} end")

    ts = [asyncio.create_task(w(i)) for i in range(3)]
    order.append("main before await")
    await asyncio.gather(*ts)
    print(order)
    print("task counter continues:", asyncio.create_task(asyncio.sleep(0)).get_name())


asyncio.run(main())
