"""Two CPU-bound threads vs the same work done twice in sequence.
Prints `ratio` = threaded time / sequential time (1.0 = no GIL overhead)."""
import threading
import time

def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

N = 1_500_000
t0 = time.perf_counter()
work(N)
work(N)
seq = time.perf_counter() - t0

t0 = time.perf_counter()
threads = [threading.Thread(target=work, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
thr = time.perf_counter() - t0
print("sequential_s %.3f" % seq)
print("threaded_s %.3f" % thr)
print("ratio %.3f" % (thr / seq))
