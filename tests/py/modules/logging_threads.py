# logging from several threads: every record arrives whole, threadName is
# the emitting thread's name, handlers serialise emit() with their lock.
import logging
import threading


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


log = logging.getLogger("threads")
log.propagate = False
log.setLevel(logging.INFO)
h = Collect()
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
log.addHandler(h)


def work(n):
    for i in range(50):
        log.info("item %d of worker %d", i, n)


threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(h.lines))
for n in range(4):
    mine = [l for l in h.lines if l.startswith("worker-%d " % n)]
    # each worker's records arrive in its own order
    ok = mine == ["worker-%d item %d of worker %d" % (n, i, n) for i in range(50)]
    print(n, len(mine), ok)

log.info("from main")
print(h.lines[-1])
print(type(logging._lock).__name__ in ("RLock", "_RLock", "_PyRLock"))
with logging._lock:
    with logging._lock:            # re-entrant
        print("nested lock ok")

# loggers created concurrently are still unique
made = []
def get():
    for i in range(20):
        made.append(logging.getLogger("race.%d" % i))
ts = [threading.Thread(target=get) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(made), len(set(id(m) for m in made)))
