import threading
counter = 0
lock = threading.Lock()
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc, args=(10000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", counter)
print(lock.locked())
lock.acquire()
print(lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked(), lock.acquire(timeout=0.01))
lock.release()
counter2 = 0
def inc_manual(n):
    global counter2
    for _ in range(n):
        lock.acquire()
        try:
            counter2 += 2
        finally:
            lock.release()
ts = [threading.Thread(target=inc_manual, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total2", counter2)
