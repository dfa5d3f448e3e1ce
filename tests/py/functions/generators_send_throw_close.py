def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
g = running_avg()
print(next(g))
print(g.send(10), g.send(20), g.send(30))
def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught ValueError", e)
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
c.send(2)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
print(next(w))
w.close()
print("closed")
w.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ie = ignore_exit()
next(ie)
ie.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(u)
except StopIteration:
    print("generator is finished")
fresh = unhandled()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "returned from except"
r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as e:
    print("StopIteration:", e.value)
