# The event loop's own API: call_soon order, call_later/call_at, handles,
# run_until_complete, run_forever/stop, close, and the running-loop rules.
import asyncio

log = []


def cb(*args):
    log.append(args)


loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
for i in range(3):
    loop.call_soon(cb, "soon", i)
h = loop.call_soon(cb, "cancelled")
h.cancel()
print("handle cancelled:", h.cancelled())
now = loop.time()
loop.call_later(0.1, cb, "later", 0.1)
loop.call_later(0.05, cb, "later", 0.05)
loop.call_at(now + 0.075, cb, "at", 0.075)
t = loop.call_later(0.005, cb, "timer cancelled")
t.cancel()
loop.call_later(0.15, loop.stop)


def chain(n):
    log.append(("chain", n))
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 0)
loop.run_forever()
print(log)
print("when is a float:", isinstance(t.when(), float), t.when() > now)

# run_until_complete with a coroutine and with a future.


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


print(loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))

# stop() inside a callback ends run_forever after the current iteration.
log.clear()
loop.call_soon(cb, 1)
loop.call_soon(loop.stop)
loop.call_soon(cb, 2)
loop.run_forever()
print("after stop:", log)
log.clear()
loop.run_until_complete(asyncio.sleep(0))
print("next run:", log)


async def nested():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(compute(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("running loop is ours:", asyncio.get_running_loop() is loop,
          asyncio.get_event_loop() is loop, loop.is_running())

loop.run_until_complete(nested())

# An exception in a callback goes to the exception handler.
contexts = []
loop.set_exception_handler(lambda lp, ctx: contexts.append(ctx))


def bad():
    raise ZeroDivisionError("in callback")


loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(0))
print("handler got:", sorted(contexts[0]), repr(contexts[0]["exception"]))
print("handler message starts:", contexts[0]["message"].split(" at ")[0])
loop.set_exception_handler(None)
print("handler:", loop.get_exception_handler())

loop.close()
print("closed:", loop.is_closed())
for what, op in [("call_soon", lambda: loop.call_soon(cb)),
                 ("run_until_complete", lambda: loop.run_until_complete(fut)),
                 ("create_task", lambda: loop.create_task(compute(1)))]:
    try:
        op()
    except RuntimeError as e:
        print(what, "RuntimeError:", e)
loop.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# The default loop of the main thread.
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print("get_event_loop:", asyncio.get_event_loop() is loop2)
loop2.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
