"""Many short-lived threads that create objects, intern attribute names and
call methods: thread exit must not disturb shared objects."""
import threading

class Box:
    def __init__(self, v):
        self.value = v
    def bump(self):
        self.value += 1
        return self.value

shared = Box(0)
lock = threading.Lock()
results = []

def work(i):
    b = Box(i)
    for _ in range(50):
        b.bump()
    setattr(b, "attr_%d" % (i % 7), i)
    with lock:
        shared.bump()
        results.append(b.value)

for round_ in range(10):
    ts = [threading.Thread(target=work, args=(i,)) for i in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(results), sum(results), shared.value)
