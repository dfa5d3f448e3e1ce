# multiprocessing.Process: exit codes, names, parent/current process,
# run() overrides, join/is_alive/terminate/kill/close.
import multiprocessing as mp
import os
import signal
import sys
import time


def quiet():
    pass


def raises():
    raise ValueError("boom in child")


def exits(code):
    sys.exit(code)


def forever():
    while True:
        time.sleep(0.05)


def report(conn):
    me = mp.current_process()
    parent = mp.parent_process()
    conn.send((me.name, me.daemon, parent.name, parent.pid == os.getppid(),
               me.pid == os.getpid(), parent.is_alive()))
    conn.close()


def child_kwargs(conn, a, b=0, *, c=0):
    conn.send(a + b + c)


class Squarer(mp.Process):
    def __init__(self, conn, n):
        super().__init__()
        self.conn = conn
        self.n = n

    def run(self):
        self.conn.send(self.n * self.n)


def grandparent(conn):
    # A child may start children of its own.
    p = mp.Process(target=exits, args=(7,))
    p.start()
    p.join()
    conn.send((p.exitcode, len(mp.active_children())))


if __name__ == "__main__":
    p = mp.Process(target=quiet)
    print("before start:", p.exitcode, p.is_alive(), p.pid is None)
    p.start()
    p.join()
    print("quiet:", p.exitcode, p.is_alive())

    p = mp.Process(target=raises)
    p.start()
    p.join()
    print("raises:", p.exitcode)

    for code in (0, 3, 255, None, "a message", True):
        p = mp.Process(target=exits, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r):" % (code,), p.exitcode)

    p = mp.Process(target=forever)
    p.start()
    p.join(0.01)
    print("still running:", p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, p.exitcode == -signal.SIGTERM, p.is_alive())

    p = mp.Process(target=forever, daemon=True)
    p.start()
    p.kill()
    p.join()
    print("killed:", p.exitcode == -signal.SIGKILL)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("closed:", e)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=report, args=(w,), name="reporter")
    p.start()
    print("report:", r.recv())
    p.join()

    p = mp.Process(target=report, args=(w,), daemon=True)
    p.start()
    print("daemon report:", r.recv()[:2])
    p.join()

    p = mp.Process(target=child_kwargs, args=(w, 1), kwargs={"b": 10, "c": 100})
    p.start()
    print("kwargs:", r.recv())
    p.join()

    p = Squarer(w, 12)
    print("subclass name:", p.name.startswith("Squarer-"))
    p.start()
    print("subclass run:", r.recv())
    p.join()

    p = mp.Process(target=grandparent, args=(w,))
    p.start()
    print("grandchild:", r.recv())
    p.join()
    print("grandparent exit:", p.exitcode)

    ps = [mp.Process(target=exits, args=(i,)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("several:", [p.exitcode for p in ps], mp.active_children())

    p = mp.Process(target=quiet)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("start twice:", e)
    p.join()
    try:
        mp.Process(target=quiet).join()
    except AssertionError as e:
        print("join unstarted:", e)

    print("main:", mp.current_process().name, mp.parent_process())
    print("cpu_count positive:", mp.cpu_count() >= 1)
