"""Start and join 1,000 threads; every one runs exactly once."""
import threading

seen = []

def work(i):
    seen.append(i)

threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sum(seen), sorted(seen) == list(range(1000)))
print(threading.active_count())
