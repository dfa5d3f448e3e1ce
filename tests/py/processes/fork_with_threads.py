# Forking (Process, Pool) while other threads of the parent are running:
# spinning, taking a lock, passing items through a queue.Queue.  The child
# has one thread (the one that forked), can start its own threads, and the
# parent's threads carry on undisturbed.
import multiprocessing as mp
import queue
import threading


def spin(stop, counter):
    while not stop.is_set():
        counter[0] += 1


def locker(stop, lock, counter):
    while not stop.is_set():
        with lock:
            counter[0] += 1


def ping(stop, q_in, q_out):
    while not stop.is_set():
        try:
            x = q_in.get(timeout=0.05)
        except queue.Empty:
            continue
        q_out.put(x + 1)


def child_work(out, k):
    # Only the forking thread exists in the child.
    info = (threading.active_count(), threading.current_thread() is threading.main_thread())
    results = [0] * 4

    def part(i):
        results[i] = sum(range(i * 1000, (i + 1) * 1000))

    ts = [threading.Thread(target=part, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    lk = threading.Lock()
    with lk:
        out.put((k, info, sum(results)))


def cube(x):
    return x ** 3


if __name__ == "__main__":
    stop = threading.Event()
    spins, locks = [0], [0]
    lock = threading.Lock()
    q_in, q_out = queue.Queue(), queue.Queue()
    threads = [
        threading.Thread(target=spin, args=(stop, spins)),
        threading.Thread(target=locker, args=(stop, lock, locks)),
        threading.Thread(target=ping, args=(stop, q_in, q_out)),
    ]
    for t in threads:
        t.start()

    out = mp.Queue()
    ps = []
    for k in range(5):
        q_in.put(k)
        p = mp.Process(target=child_work, args=(out, k))
        p.start()
        ps.append(p)
    print("children:", sorted(out.get() for _ in ps))
    for p in ps:
        p.join()
    print("exit codes:", [p.exitcode for p in ps])

    # Fork from a thread that is not the main thread.
    box = []

    def start_from_thread():
        p = mp.Process(target=child_work, args=(out, "from thread"))
        p.start()
        box.append(out.get())
        p.join()
        box.append(p.exitcode)

    t = threading.Thread(target=start_from_thread)
    t.start()
    t.join()
    print("forked from a thread:", box)

    with mp.Pool(2) as pool:
        print("pool while threads run:", pool.map(cube, range(8)))

    print("ping-pong:", sorted(q_out.get() for _ in range(5)))
    stop.set()
    for t in threads:
        t.join()
    print("parent threads ran:", spins[0] > 0, locks[0] > 0, lock.acquire(False))
