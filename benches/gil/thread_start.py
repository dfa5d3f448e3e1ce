"""Start and join 1,000 threads."""
import threading
import time

def nothing():
    pass

t0 = time.perf_counter()
threads = [threading.Thread(target=nothing) for _ in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("start_join_1000_s %.3f" % (time.perf_counter() - t0))
