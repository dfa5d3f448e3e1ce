# Four threads increment a shared counter without a lock: n += 1 is a load,
# an add and a store, and a switch between them loses an update.
import threading

n = 0


def work():
    global n
    for _ in range(200):
        n += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", n)
