# get_context/set_start_method with the fork method, context objects, and
# timeouts that do not depend on timing (the worker waits for a file).
import multiprocessing as mp
import os

PATH = "/tmp/pygil_test_ctx_%d" % os.getpid()


def wait_for_file(path):
    while not os.path.exists(path):
        pass
    return "file seen"


def name_of_current(_):
    return mp.current_process().name.split("-")[0]


def send_name(conn):
    conn.send(mp.current_process().name)


if __name__ == "__main__":
    print("allow_none before set:", mp.get_start_method(allow_none=True) in (None, "fork"))
    mp.set_start_method("fork", force=True)
    print("start method:", mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        mp.get_context("no-such-method")
    except ValueError as e:
        print("ValueError:", e)

    ctx = mp.get_context("fork")
    print("context method:", ctx.get_start_method())
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=send_name, args=(w,))
    p.start()
    print("ctx.Process name:", r.recv().split("-")[0], type(p).__name__)
    p.join()
    p = mp.Process(target=send_name, args=(w,), name="custom name")
    p.start()
    print("named:", r.recv())
    p.join()

    q = ctx.Queue()
    lock = ctx.Lock()
    with lock:
        q.put("through ctx.Queue")
    print(q.get())

    with ctx.Pool(2) as pool:
        print("pool worker names:", sorted(set(pool.map(name_of_current, range(4)))))
        r = pool.apply_async(wait_for_file, (PATH,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError:
            print("AsyncResult.get: TimeoutError, ready =", r.ready())
        try:
            r.successful()
        except ValueError:
            print("successful() before ready: ValueError")
        it = pool.imap(wait_for_file, [PATH])
        try:
            it.next(timeout=0.01)
        except mp.TimeoutError:
            print("IMapIterator.next: TimeoutError")
        open(PATH, "w").close()
        try:
            print("then:", r.get(timeout=60), it.next(timeout=60))
        finally:
            os.remove(PATH)
    print("TimeoutError is a ProcessError:", issubclass(mp.TimeoutError, mp.ProcessError))
