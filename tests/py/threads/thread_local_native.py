# _thread._local (threading.local): per-thread attributes, __init__ run
# again in each thread with the constructor's arguments, class attributes
# and properties shared, __dict__ per thread, errors as in CPython, and a
# thread's values released when it ends.
import _thread
import threading
import weakref

print(threading.local is _thread._local)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Conn(threading.local):
    kind = "shared"

    def __init__(self, host, port=80):
        self.host = host
        self.port = port
        self.calls = 0

    @property
    def address(self):
        return "%s:%d" % (self.host, self.port)


c = Conn("example", port=8080)
c.calls += 1
out = {}


def worker(n):
    c.calls += n
    c.port += n
    out[n] = (c.address, c.calls, c.kind, sorted(c.__dict__))


ts = [threading.Thread(target=worker, args=(n,)) for n in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(out):
    print(n, out[n])
print("main", c.address, c.calls)

loc = threading.local()
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
loc.x = 1
del loc.x
try:
    del loc.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(loc, "x"), loc.__dict__)


class Value:
    pass


refs = []


def keep():
    v = Value()
    loc.value = v
    refs.append(weakref.ref(v))


t = threading.Thread(target=keep)
t.start()
t.join()
print("released after thread end:", refs[0]() is None)
