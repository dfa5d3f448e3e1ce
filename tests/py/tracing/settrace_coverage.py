# A small coverage tool on sys.settrace: which lines of a function ran.
import sys

covered = set()


def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        if event == "line":
            covered.add(frame.f_lineno - classify.__code__.co_firstlineno)
        return tracer
    return None


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    else:
        kind = "positive"
    while n > 2:
        n -= 2
    for i in range(2):
        if i:
            continue
    return kind


sys.settrace(tracer)
print([classify(v) for v in (5, -1)])
sys.settrace(None)
print(sorted(covered))
