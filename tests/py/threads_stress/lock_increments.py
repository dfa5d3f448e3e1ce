"""8 threads x 100,000 lock-protected increments: the total is exact."""
import sys
import threading

sys.setswitchinterval(1e-5)
n = 0
lock = threading.Lock()

def work():
    global n
    for _ in range(100000):
        with lock:
            n += 1

threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
