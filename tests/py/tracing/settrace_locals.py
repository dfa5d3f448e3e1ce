# A tiny debugger: watches local variables change line by line, stops
# tracing a frame by returning None, and sees f_back and f_globals.
import sys

log = []


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name == "skipped":
        return None
    if event == "line":
        shown = {k: v for k, v in sorted(frame.f_locals.items()) if not k.startswith("_")}
        log.append("%s:%d %s" % (code.co_name, frame.f_lineno, shown))
    elif event == "call":
        caller = frame.f_back.f_code.co_name if frame.f_back else None
        log.append("call %s from %s" % (code.co_name, caller))
    elif event == "return":
        log.append("return %s -> %r" % (code.co_name, arg))
    return tracer


def skipped(n):
    return n + 1


def compute(a):
    b = a * 2
    c = skipped(b)
    d = [b, c]
    return sum(d)


sys.settrace(tracer)
result = compute(5)
sys.settrace(None)
print("\n".join(log))
print(result, sys.gettrace())
