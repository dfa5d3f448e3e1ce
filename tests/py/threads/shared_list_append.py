import threading
shared = []
def appender(tid, n):
    for i in range(n):
        shared.append((tid, i))
threads = [threading.Thread(target=appender, args=(t, 2000)) for t in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared))
per_thread = {}
for tid, i in shared:
    per_thread[tid] = per_thread.get(tid, 0) + 1
print(sorted(per_thread.items()))
for tid in range(10):
    seq = [i for t, i in shared if t == tid]
    assert seq == list(range(2000)), tid
print("each thread's items are in order")
d = {}
lock = threading.Lock()
def add_keys(tid):
    for i in range(500):
        with lock:
            d[(tid, i)] = i
ts = [threading.Thread(target=add_keys, args=(t,)) for t in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()))
