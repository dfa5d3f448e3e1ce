# Trace events of generators: send, close, exceptions thrown in, and an
# exception that propagates through several frames.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "<module>"):
        return tracer
    if event == "exception":
        events.append("%s %s %d %s" % (event, name, frame.f_lineno, arg[0].__name__))
    elif event == "return":
        events.append("%s %s %d %r" % (event, name, frame.f_lineno, arg))
    else:
        events.append("%s %s %d" % (event, name, frame.f_lineno))
    return tracer


def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except KeyError:
            received.append("key")
            continue
        received.append(x)


def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)


def outer():
    try:
        deep(2)
    except KeyError:
        return "caught"


sys.settrace(tracer)
g = echo()
next(g)
g.send("a")
g.throw(KeyError)
g.close()
outer()
sys.settrace(None)
print("\n".join(events))
