# sys.settrace through coroutines and async generators: call/line/return
# events at each resumption, as CPython reports them.
import sys
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def agen():
    yield "a"
    await suspend("inside agen")
    yield "b"


async def work(n):
    total = 0
    for i in range(n):
        total += await suspend(i)
    items = [x async for x in agen()]
    return total, items


events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("work", "agen", "suspend", "<listcomp>"):
        shown = ""
        if event == "return":
            simple = isinstance(arg, (int, str, tuple, list, type(None)))
            shown = arg if simple else type(arg).__name__
        elif event == "exception":
            shown = f"{arg[0].__name__}({getattr(arg[1], 'value', '')!r})"
        events.append(f"{event:6} {name}:{frame.f_lineno} {shown!r}")
    return tracer


def drive(coro):
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as e:
            return e.value


sys.settrace(tracer)
result = drive(work(2))
sys.settrace(None)
print(result)
for e in events:
    print(e)
