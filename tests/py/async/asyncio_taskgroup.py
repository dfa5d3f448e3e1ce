# asyncio.TaskGroup (3.11) when every task succeeds, and when the body
# itself raises; task naming through the group.
import asyncio


async def work(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.1, log))
        t2 = tg.create_task(work("b", 0.01, log), name="bee")
        log.append("body done")
    print(log)
    print(t1.result(), t2.result(), t2.get_name())
    print(repr(tg))

    # Tasks added by other tasks of the group.
    log = []
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            for i in range(3):
                tg.create_task(work(f"child{i}", 0.03 * (3 - i), log))
                await asyncio.sleep(0)
        tg.create_task(spawner())
    print(log)

    # The body raising an exception cancels the group's tasks.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            long = tg.create_task(work("long", 10, log))
            await asyncio.sleep(0)
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("body cancelled; long task cancelled:", long.cancelled(), log)

    try:
        tg.create_task(work("late", 0, log))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
