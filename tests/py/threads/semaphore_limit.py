import threading
import time
sem = threading.BoundedSemaphore(3)
lock = threading.Lock()
active = 0
max_active = 0
completed = []
def task(i):
    global active, max_active
    with sem:
        with lock:
            active += 1
            max_active = max(max_active, active)
        time.sleep(0.001)
        with lock:
            active -= 1
            completed.append(i)
threads = [threading.Thread(target=task, args=(i,)) for i in range(12)]
for t in threads: t.start()
for t in threads: t.join()
print("completed", sorted(completed))
print("max active <= 3:", max_active <= 3, "final active:", active)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(); s.release()
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
