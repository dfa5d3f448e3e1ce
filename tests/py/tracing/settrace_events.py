import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        events.append((event, name, frame.f_lineno, repr(arg)))
    elif event == "exception":
        events.append((event, name, frame.f_lineno, arg[0].__name__))
    else:
        events.append((event, name, frame.f_lineno))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total

def gen(n):
    for i in range(n):
        yield i * 2
    return "done"

def fails():
    x = 1
    raise ValueError("boom")

def catches():
    try:
        fails()
    except ValueError as e:
        return str(e)

def main():
    loop(3)
    list(gen(2))
    catches()
    [x for x in range(2)]
    return 0

sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(*e)
