# The same counter with a lock: every interleaving gives 800.
import threading

n = 0
lock = threading.Lock()


def work():
    global n
    for _ in range(200):
        with lock:
            n += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", n)
