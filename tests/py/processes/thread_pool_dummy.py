# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API
# on threads (nothing is pickled, so lambdas work), thread Pipes.
import multiprocessing.pool as mpp
from multiprocessing.dummy import Pool as DummyPool, Process, Pipe, active_children, Value
import threading


def square(x):
    return x * x


def fail_on_2(x):
    if x == 2:
        raise ValueError("two")
    return x


def in_main_thread(_):
    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":
    with mpp.ThreadPool(3) as pool:
        print("map:", pool.map(square, range(10)))
        print("apply:", pool.apply(square, (4,)))
        print("imap_unordered:", sorted(pool.imap_unordered(square, range(5))))
        print("imap chunksize=2:", list(pool.imap(square, range(5), chunksize=2)))
        print("starmap:", pool.starmap(pow, [(2, 3), (3, 2)]))
        try:
            pool.map(fail_on_2, range(4))
        except ValueError as e:
            print("ValueError:", e, "cause:", e.__cause__)
        print("workers are other threads:", set(pool.map(in_main_thread, range(6))))
        print("lambda:", pool.map(lambda x: x + 1, [1, 2]))
        r = pool.apply_async(square, (12,))
        print("apply_async:", r.get(timeout=30), r.successful())

    pool = DummyPool(4)
    print("dummy Pool:", pool.map(square, range(4)))
    pool.close()
    pool.join()

    a, b = Pipe()
    t = Process(target=lambda: b.send(b.recv() * 2))
    t.start()
    a.send(21)
    print("dummy Pipe:", a.poll(30), a.recv())
    t.join()
    print("dummy Process:", t.exitcode, active_children())
    v = Value('i', 3)
    v.value += 1
    print("dummy Value:", v.value)
