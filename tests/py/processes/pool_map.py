# multiprocessing.Pool: map/starmap/apply/apply_async/imap/imap_unordered,
# chunksize, callbacks, exceptions re-raised in the parent, initializer,
# maxtasksperchild, close/join and the context manager.
import multiprocessing as mp
import os

_initialized = []


def init(tag):
    _initialized.append(tag)


def tagged(x):
    return (_initialized[:], x)


def square(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def fail_on_3(x):
    if x == 3:
        raise ValueError("three is bad")
    return x


def worker_pid(_):
    return os.getpid()


class Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot pickle this")


def returns_unpicklable(_):
    return Unpicklable()


class CustomError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def raise_custom(code):
    raise CustomError(code, "custom failure")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print("map:", pool.map(square, range(10)))
        print("map chunksize=3:", pool.map(square, range(10), chunksize=3))
        print("map generator:", pool.map(square, (i for i in range(5))))
        print("map empty:", pool.map(square, []))
        print("starmap:", pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print("apply:", pool.apply(add, (1, 2), {"c": 3}))
        r = pool.apply_async(square, (9,))
        print("apply_async:", r.get(timeout=30), r.ready(), r.successful())
        print("imap:", list(pool.imap(square, range(8))))
        print("imap chunksize=3:", list(pool.imap(square, range(8), chunksize=3)))
        print("imap_unordered:", sorted(pool.imap_unordered(square, range(8))))
        print("imap_unordered chunksize=2:",
              sorted(pool.imap_unordered(square, range(9), chunksize=2)))
        it = pool.imap(square, iter([4, 5]))
        print("imap next:", it.next(timeout=30), next(it))
        got = []
        r = pool.map_async(square, range(5), callback=got.append)
        r.wait()
        print("map_async:", r.get(), "callback:", got)
        errs = []
        r = pool.map_async(fail_on_3, range(6), chunksize=1, error_callback=errs.append)
        r.wait()
        print("map_async failed:", r.ready(), r.successful(), [repr(e) for e in errs])
        r = pool.starmap_async(add, [(1, 1), (2, 2)])
        print("starmap_async:", r.get())

        try:
            pool.map(fail_on_3, range(6))
        except ValueError as e:
            print("map raised:", repr(e), type(e.__cause__).__name__)
        try:
            pool.apply(raise_custom, (42,))
        except CustomError as e:
            print("apply raised:", type(e).__name__, e.args, e.code)
        results = []
        for x in pool.imap(fail_on_3, range(5)):
            results.append(x)
            if x == 2:
                break
        it = pool.imap(fail_on_3, range(5))
        seen = []
        while True:
            try:
                seen.append(next(it))
            except ValueError as e:
                seen.append("error: %s" % e)
            except StopIteration:
                break
        print("imap with error:", seen)
        try:
            pool.apply(returns_unpicklable, (1,))
        except Exception as e:
            print("unpicklable result:", type(e).__name__)
        pids = set(pool.map(worker_pid, range(40), chunksize=1))
        print("at most 2 workers, none is the parent:", len(pids) <= 2, os.getpid() not in pids)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("after exit:", e)

    pool = mp.Pool(2, initializer=init, initargs=("ready",))
    print("initializer:", pool.map(tagged, range(3)))
    pool.close()
    pool.join()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print("after close:", e)

    pool = mp.Pool(3, maxtasksperchild=2)
    pids = pool.map(worker_pid, range(12), chunksize=1)
    print("maxtasksperchild: each worker ran at most 2 tasks:",
          max(pids.count(p) for p in set(pids)) <= 2, len(set(pids)) >= 6)
    pool.close()
    pool.join()

    pool = mp.Pool(2)
    r = pool.apply_async(square, (5,))
    print("before terminate:", r.get(timeout=30))
    pool.terminate()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print("Pool(0):", e)
    print("children left:", mp.active_children())
