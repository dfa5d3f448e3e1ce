# deque.append/appendleft/pop/popleft are atomic under the GIL in CPython;
# threaded code (queue.SimpleQueue, producer/consumer deques) relies on it.
# Many threads hammer one deque at a tiny switch interval; no item may be
# lost or duplicated.
import sys
import threading
from collections import deque
from queue import SimpleQueue

sys.setswitchinterval(1e-6)
d = deque()
N, T = 3000, 8

def producer(base):
    for i in range(N):
        if i % 2:
            d.append(base + i)
        else:
            d.appendleft(base + i)

got = []
def consumer():
    mine = []
    misses = 0
    while len(mine) < N:
        try:
            mine.append(d.pop() if len(mine) % 2 else d.popleft())
        except IndexError:
            misses += 1
    got.append(mine)

threads = [threading.Thread(target=producer, args=(k * N,)) for k in range(T)]
threads += [threading.Thread(target=consumer) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = sorted(x for mine in got for x in mine)
print(len(items), items == list(range(N * T)), len(d))

q = SimpleQueue()
def put_many(base):
    for i in range(N):
        q.put(base + i)
out = []
def get_many():
    for _ in range(N):
        out.append(q.get())
threads = [threading.Thread(target=put_many, args=(k * N,)) for k in range(4)]
threads += [threading.Thread(target=get_many) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out), sorted(out) == list(range(4 * N)), q.empty())
