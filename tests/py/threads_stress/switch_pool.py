"""A thread pool running for a while at a 1 microsecond switch interval:
no crash, no deadlock, no lost update."""
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

sys.setswitchinterval(1e-6)
counter = 0
lock = threading.Lock()
cond = threading.Condition()
ready = []

def task(k):
    global counter
    total = 0
    for i in range(20000):
        total += i * k
        if i % 100 == 0:
            with lock:
                counter += 1
    with cond:
        ready.append(k)
        cond.notify_all()
    return total

with ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(task, range(40)))
print(sum(results), counter, len(ready))
