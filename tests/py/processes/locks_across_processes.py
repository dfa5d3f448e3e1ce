# Lock, RLock, Semaphore, Event, Condition and Barrier shared by forked processes.
# The shared state is a file: a read-modify-write of a counter in it is
# only correct if the lock really excludes the other processes.
import multiprocessing as mp
import os
import threading
import time

PATH = "/tmp/pygil_test_locks_%d" % os.getpid()


def read_counter(path):
    with open(path) as f:
        return int(f.read() or 0)


def write_counter(path, n):
    with open(path, "w") as f:
        f.write(str(n))


def incrementer(lock, path, n):
    for _ in range(n):
        with lock:
            v = read_counter(path)
            time.sleep(0)
            write_counter(path, v + 1)


def recursive(rlock, path, n):
    for _ in range(n):
        with rlock:
            with rlock:
                v = read_counter(path)
                write_counter(path, v + 1)


def limited(sem, lock, path, out):
    # The file holds how many processes are inside the semaphore.
    with sem:
        with lock:
            inside = read_counter(path) + 1
            write_counter(path, inside)
        out.put(inside)
        time.sleep(0.01)
        with lock:
            write_counter(path, read_counter(path) - 1)


def waiter(ev, out, k):
    ok = ev.wait()
    out.put((k, ok, ev.is_set()))


def barrier_rounds(barrier, out):
    for r in range(3):
        out.put((r, barrier.wait()))


def cond_waiter(cond, path, out, k):
    with cond:
        ok = cond.wait_for(lambda: read_counter(path) >= 1)
        out.put((k, bool(ok)))


if __name__ == "__main__":
    try:
        write_counter(PATH, 0)
        lock = mp.Lock()
        ps = [mp.Process(target=incrementer, args=(lock, PATH, 50)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("Lock counter:", read_counter(PATH))

        write_counter(PATH, 0)
        rlock = mp.RLock()
        ps = [mp.Process(target=recursive, args=(rlock, PATH, 30)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("RLock counter:", read_counter(PATH))

        write_counter(PATH, 0)
        sem = mp.Semaphore(2)
        out = mp.Queue()
        ps = [mp.Process(target=limited, args=(sem, lock, PATH, out)) for _ in range(6)]
        for p in ps:
            p.start()
        seen = [out.get() for _ in ps]
        for p in ps:
            p.join()
        print("Semaphore(2): at most 2 inside:", max(seen) <= 2, "final:", read_counter(PATH))

        ev = mp.Event()
        print("Event initially:", ev.is_set(), ev.wait(0.01))
        ps = [mp.Process(target=waiter, args=(ev, out, k)) for k in range(3)]
        for p in ps:
            p.start()
        ev.set()
        print("Event waiters:", sorted(out.get() for _ in ps))
        for p in ps:
            p.join()
        ev.clear()
        print("Event cleared:", ev.is_set())

        write_counter(PATH, 0)
        cond = mp.Condition()
        ps = [mp.Process(target=cond_waiter, args=(cond, PATH, out, k)) for k in range(3)]
        for p in ps:
            p.start()
        with cond:
            write_counter(PATH, 1)
            cond.notify_all()
        print("Condition waiters:", sorted(out.get() for _ in ps))
        for p in ps:
            p.join()

        barrier = mp.Barrier(3)
        ps = [mp.Process(target=barrier_rounds, args=(barrier, out)) for _ in range(3)]
        for p in ps:
            p.start()
        print("Barrier rounds:", sorted(out.get() for _ in range(9)))
        for p in ps:
            p.join()
        print("Barrier after:", barrier.n_waiting, barrier.broken, barrier.parties)
        lonely = mp.Barrier(2, timeout=0.01)
        try:
            lonely.wait()
        except threading.BrokenBarrierError:
            print("Barrier timeout: broken =", lonely.broken)
        lonely.reset()
        print("Barrier reset: broken =", lonely.broken)

        # The lock is shared: a child can release what the parent holds.
        lk = mp.Lock()
        lk.acquire()
        print("acquire held (nonblocking):", lk.acquire(False), lk.acquire(timeout=0.01))
        p = mp.Process(target=lk.release)
        p.start()
        p.join()
        print("after child's release:", lk.acquire(timeout=10))
        lk.release()
        try:
            lk.release()
        except ValueError as e:
            print("ValueError:", e)
        r = mp.RLock()
        try:
            r.release()
        except AssertionError as e:
            print("AssertionError:", e)
        print("RLock reentrant:", r.acquire(), r.acquire(), r.release(), r.release())
        b = mp.BoundedSemaphore(1)
        b.acquire()
        b.release()
        try:
            b.release()
        except ValueError as e:
            print("BoundedSemaphore:", e)
        with cond:
            print("Condition wait timeout:", cond.wait(0.01))
        print("exit codes:", [p.exitcode for p in ps])
    finally:
        if os.path.exists(PATH):
            os.remove(PATH)
