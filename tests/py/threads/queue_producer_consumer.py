import threading
import queue
q = queue.Queue()
SENTINEL = None
results = []
results_lock = threading.Lock()
def producer(pid):
    for i in range(20):
        q.put(pid * 1000 + i)
def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        with results_lock:
            results.append(item * 2)
        q.task_done()
consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
for c in consumers: c.start()
for p in producers: p.start()
for p in producers: p.join()
for _ in consumers:
    q.put(SENTINEL)
for c in consumers: c.join()
q.join()
print(len(results), sorted(results)[:4], sorted(results)[-2:], sum(results))
print(q.empty(), q.qsize())
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1)
bq.put("x")
try:
    bq.put("y", block=False)
except queue.Full:
    print("queue.Full raised")
print(bq.get())
try:
    bq.get(block=False)
except queue.Empty:
    print("queue.Empty raised")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")
