def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(7)])
def tokenizer(text):
    buf = ""
    for ch in text:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                yield ("NUM", int(buf))
                buf = ""
            if ch in "+-*/()":
                yield ("OP", ch)
    if buf:
        yield ("NUM", int(buf))
print(list(tokenizer("12+(34*5)-6")))
def averager():
    total, count = 0, 0
    average = None
    while True:
        term = yield average
        if term is None:
            return (count, average)
        total += term
        count += 1
        average = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def accumulate_until(limit):
    total = 0
    while total < limit:
        x = yield total
        total += x or 1
    return f"reached {total}"
g = accumulate_until(10)
print(next(g), g.send(4), g.send(None), g.send(3))
try:
    g.send(5)
except StopIteration as e:
    print(e.value)
def gen_close_info():
    try:
        while True:
            yield
    finally:
        print("gen finalised")
gc_ = gen_close_info()
next(gc_)
gc_.close()
print("next after close:", next(gc_, "exhausted"))
