import threading
N = 4
barrier = threading.Barrier(N)
phase_log = [[] for _ in range(3)]
lock = threading.Lock()
def worker(i):
    for phase in range(3):
        with lock:
            phase_log[phase].append(i)
        barrier.wait()
        with lock:
            if phase + 1 < 3:
                assert len(phase_log[phase]) == N
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads: t.start()
for t in threads: t.join()
for p, entries in enumerate(phase_log):
    print("phase", p, sorted(entries))
print(barrier.parties, barrier.n_waiting, barrier.broken)
actions = []
b2 = threading.Barrier(3, action=lambda: actions.append("all arrived"))
ids = []
def w2():
    r = b2.wait()
    with lock:
        ids.append(r)
ts = [threading.Thread(target=w2) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(actions, sorted(ids))
