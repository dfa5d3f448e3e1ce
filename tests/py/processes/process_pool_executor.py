# concurrent.futures.ProcessPoolExecutor: submit/map (chunksize),
# exceptions, as_completed/wait, shutdown(cancel_futures), initializer and
# BrokenProcessPool when a worker dies.
import concurrent.futures as cf
from concurrent.futures.process import BrokenProcessPool
import os
import threading

_state = {}


def init(value):
    _state["value"] = value


def read_state(_):
    return _state.get("value")


def square(x):
    return x * x


def power(a, b):
    return a ** b


def fail(x):
    raise KeyError("missing %s" % x)


def die():
    os._exit(5)


def wait_for_file(path):
    # Blocks until the parent creates path (no timing involved).
    while not os.path.exists(path):
        pass
    return "released"


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print("map:", list(ex.map(square, range(10))))
        print("map chunksize=4:", list(ex.map(square, range(10), chunksize=4)))
        print("map two iterables:", list(ex.map(power, [2, 3, 4], [5, 2])))
        print("map empty:", list(ex.map(square, [])))
        f = ex.submit(power, 2, b=10)
        print("submit:", f.result(timeout=30), f.done(), f.exception())
        f = ex.submit(fail, "x")
        try:
            f.result()
        except KeyError as e:
            print("exception:", repr(e), type(e.__cause__).__name__)
        print("exception():", repr(f.exception()))
        fs = [ex.submit(square, i) for i in range(10)]
        print("as_completed:", sorted(g.result() for g in cf.as_completed(fs, timeout=30)))
        done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
        print("wait:", len(done), len(not_done))
        mixed = [ex.submit(square, 3), ex.submit(fail, 1)]
        done, _ = cf.wait(mixed, return_when=cf.FIRST_EXCEPTION)
        print("FIRST_EXCEPTION saw the failure:", any(f.exception() for f in done))
        try:
            list(ex.map(fail, [1, 2]))
        except KeyError as e:
            print("map exception:", repr(e))
        callbacks = []
        ev = threading.Event()
        f = ex.submit(square, 7)
        f.add_done_callback(lambda fut: (callbacks.append(fut.result()), ev.set()))
        ev.wait()
        print("done callback:", callbacks)
        pids = set(ex.map(pid, range(30)))
        print("workers are other processes:", len(pids) <= 2, os.getpid() not in pids)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("after shutdown:", e)

    with cf.ProcessPoolExecutor(2, initializer=init, initargs=("set by init",)) as ex:
        print("initializer:", list(ex.map(read_state, range(3))))

    path = "/tmp/pygil_test_ppe_%d" % os.getpid()
    ex = cf.ProcessPoolExecutor(1)
    first = ex.submit(wait_for_file, path)
    rest = [ex.submit(square, i) for i in range(10)]
    cancelled_one = rest[-1].cancel()
    # At most two calls are queued while the worker waits for the file;
    # shutting down with cancel_futures=True cancels the others.
    ex.shutdown(wait=False, cancel_futures=True)
    open(path, "w").close()
    try:
        print("first finished:", first.result())
    finally:
        os.remove(path)
    ex.shutdown(wait=True, cancel_futures=True)
    print("cancel before start:", cancelled_one, rest[-1].cancelled())
    print("the rest either ran or were cancelled:",
          all(f.cancelled() or f.result() == i * i for i, f in enumerate(rest)),
          any(f.cancelled() for f in rest[2:-1]))

    ex = cf.ProcessPoolExecutor(2)
    print("before the crash:", ex.submit(square, 4).result())
    f = ex.submit(die)
    try:
        f.result()
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print("submit on broken pool:", e)
    ex.shutdown()
    print("isinstance BrokenExecutor:", issubclass(BrokenProcessPool, cf.BrokenExecutor))
    try:
        cf.ProcessPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)
