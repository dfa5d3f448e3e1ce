import threading
local = threading.local()
local.value = "main"
results = {}
lock = threading.Lock()
def worker(i):
    print_before = hasattr(local, "value")
    local.value = f"thread-{i}"
    local.items = [i] * i
    with lock:
        results[i] = (print_before, local.value, len(local.items))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
for i in range(4):
    print(i, results[i])
print("main still sees", local.value, hasattr(local, "items"))
class Ctx(threading.local):
    def __init__(self):
        self.depth = 0
ctx = Ctx()
depths = {}
def nest(i):
    for _ in range(i):
        ctx.depth += 1
    with lock:
        depths[i] = ctx.depth
ts = [threading.Thread(target=nest, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(depths.items()), ctx.depth)
