"""concurrent.futures: Future, wait, as_completed, ThreadPoolExecutor."""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness
from _harness import raises, eq
_harness.install()

import io
import time
import threading
import concurrent.futures as cf
from concurrent.futures import _base


def _finished(value=None, exc=None):
    f = cf.Future()
    if exc is not None:
        f.set_exception(exc)
    else:
        f.set_result(value)
    return f


def _cancelled_and_notified():
    f = cf.Future()
    assert f.cancel()
    assert not f.set_running_or_notify_cancel()
    return f


def test_exports():
    assert cf.TimeoutError is TimeoutError
    assert issubclass(cf.CancelledError, cf._base.Error)
    assert issubclass(cf.BrokenExecutor, RuntimeError)
    assert issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor)
    assert issubclass(cf.InvalidStateError, cf._base.Error)
    for name in cf.__all__:
        assert hasattr(cf, name), name
    _harness.check()


def test_future_states_and_repr():
    f = cf.Future()
    assert not f.done() and not f.running() and not f.cancelled()
    assert repr(f).endswith("state=pending>"), repr(f)
    assert repr(f).startswith("<Future at 0x")
    assert f.set_running_or_notify_cancel()
    assert f.running()
    assert repr(f).endswith("state=running>")
    assert not f.cancel()
    with raises(RuntimeError, 'Future in unexpected state'):
        f.set_running_or_notify_cancel()
    f.set_result([1])
    assert f.done() and not f.running()
    assert repr(f).endswith("state=finished returned list>"), repr(f)
    eq(f.result(), [1])
    eq(f.exception(), None)
    assert not f.cancel()
    with raises(cf.InvalidStateError):
        f.set_result(2)
    with raises(cf.InvalidStateError):
        f.set_exception(ValueError())
    g = _finished(exc=KeyError("x"))
    assert repr(g).endswith("state=finished raised KeyError>"), repr(g)
    with raises(KeyError):
        g.result()
    assert isinstance(g.exception(), KeyError)


def test_future_cancel():
    f = cf.Future()
    assert f.cancel()
    assert f.cancel()
    assert f.cancelled() and f.done()
    assert repr(f).endswith("state=cancelled>")
    with raises(cf.CancelledError):
        f.result()
    with raises(cf.CancelledError):
        f.exception()
    with raises(cf.InvalidStateError):
        f.set_result(1)
    assert not f.set_running_or_notify_cancel()
    assert f.cancelled()
    eq(f._state, _base.CANCELLED_AND_NOTIFIED)


def test_future_result_timeout_and_wakeup():
    f = cf.Future()
    start = time.monotonic()
    with raises(cf.TimeoutError):
        f.result(timeout=0.1)
    assert time.monotonic() - start >= 0.09
    with raises(TimeoutError):
        f.exception(timeout=0)
    t = threading.Thread(target=lambda: (time.sleep(0.05), f.set_result(7)))
    t.start()
    eq(f.result(timeout=5), 7)
    t.join()
    g = cf.Future()
    t = threading.Thread(target=lambda: (time.sleep(0.05), g.cancel()))
    t.start()
    with raises(cf.CancelledError):
        g.result(timeout=5)
    t.join()


def test_done_callbacks():
    calls = []
    f = cf.Future()
    f.add_done_callback(lambda fut: calls.append(("a", fut.result())))
    f.add_done_callback(lambda fut: calls.append(("b", fut.result())))
    f.set_result(3)
    eq(calls, [("a", 3), ("b", 3)])
    # Already done: called immediately.
    f.add_done_callback(lambda fut: calls.append(("c", fut.result())))
    eq(calls[-1], ("c", 3))
    g = cf.Future()
    g.add_done_callback(lambda fut: calls.append(("cancel",
                                                  fut.cancelled())))
    g.cancel()
    eq(calls[-1], ("cancel", True))
    # A failing callback is reported and the others still run.
    h = cf.Future()
    h.add_done_callback(lambda fut: 1 / 0)
    h.add_done_callback(lambda fut: calls.append("after"))
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        h.set_result(None)
        err = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    eq(calls[-1], "after")
    assert err.startswith("exception calling callback for <Future"), err
    assert "ZeroDivisionError" in err


def test_wait_modes():
    done1 = _finished(1)
    failed = _finished(exc=ValueError())
    cancelled = _cancelled_and_notified()
    pending = cf.Future()

    r = cf.wait([done1, pending], timeout=0.05)
    eq(r.done, {done1})
    eq(r.not_done, {pending})
    eq(r, ({done1}, {pending}))
    assert repr(r).startswith("DoneAndNotDoneFutures(done=")
    r = cf.wait([done1, pending], return_when=cf.FIRST_COMPLETED)
    eq(r.done, {done1})
    r = cf.wait([failed, pending], return_when=cf.FIRST_EXCEPTION)
    eq(r.done, {failed})
    start = time.monotonic()
    r = cf.wait([done1, pending], timeout=0.1,
                return_when=cf.FIRST_EXCEPTION)
    assert time.monotonic() - start >= 0.09
    eq(r.not_done, {pending})
    r = cf.wait([done1, failed, cancelled])
    eq(r.done, {done1, failed, cancelled})
    eq(r.not_done, set())
    r = cf.wait([])
    eq(r, (set(), set()))
    with raises(ValueError):
        cf.wait([pending], return_when="bogus")

    # Completion from another thread wakes the waiter.
    a, b = cf.Future(), cf.Future()
    t = threading.Thread(target=lambda: (time.sleep(0.05), a.set_result(1)))
    t.start()
    r = cf.wait([a, b], timeout=5, return_when=cf.FIRST_COMPLETED)
    eq(r.done, {a})
    t.join()
    t = threading.Thread(target=lambda: (time.sleep(0.05),
                                         b.set_exception(OSError())))
    c = cf.Future()
    t.start()
    r = cf.wait([b, c], timeout=5, return_when=cf.FIRST_EXCEPTION)
    eq(r.done, {b})
    t.join()
    t = threading.Thread(target=lambda: (time.sleep(0.05), c.set_result(0)))
    t.start()
    r = cf.wait([a, b, c], timeout=5)
    eq(r.done, {a, b, c})
    t.join()
    for f in (a, b, c, pending):
        eq(f._waiters, [])


def test_as_completed():
    done1 = _finished(1)
    futures = [cf.Future() for _ in range(5)]

    def finisher():
        for i, f in enumerate(reversed(futures)):
            time.sleep(0.01)
            f.set_result(i)
    t = threading.Thread(target=finisher)
    t.start()
    order = list(cf.as_completed(futures + [done1, done1], timeout=10))
    t.join()
    eq(order[0], done1)
    eq(order[1:], list(reversed(futures)))
    for f in futures:
        eq(f._waiters, [])

    # Timeout.
    pending = cf.Future()
    it = cf.as_completed([done1, pending], timeout=0.1)
    eq(next(it), done1)
    start = time.monotonic()
    with raises(cf.TimeoutError, "1 (of 2) futures unfinished"):
        next(it)
    assert time.monotonic() - start >= 0.05
    eq(pending._waiters, [])
    # Cancellation counts once notified.
    c = cf.Future()
    t = threading.Thread(target=lambda: (time.sleep(0.05), c.cancel(),
                                         c.set_running_or_notify_cancel()))
    t.start()
    eq(list(cf.as_completed([c], timeout=5)), [c])
    t.join()


def test_executor_submit_and_names():
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        names = set()
        futs = [ex.submit(lambda: names.add(
            threading.current_thread().name) or time.sleep(0.01))
            for _ in range(12)]
        for f in futs:
            f.result(timeout=10)
        prefix = ex._thread_name_prefix
    assert prefix.startswith("ThreadPoolExecutor-"), prefix
    assert names <= {"%s_%d" % (prefix, i) for i in range(3)}, names
    with cf.ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
        eq(ex.submit(lambda: threading.current_thread().name).result(),
           "pool_0")
    with cf.ThreadPoolExecutor() as ex:
        eq(ex._max_workers, min(32, (os.cpu_count() or 1) + 4))
        f = ex.submit(lambda a, b=0, *, c: a + b + c, 1, b=2, c=3)
        eq(f.result(), 6)
        f = ex.submit(int, "zz")
        assert isinstance(f.exception(timeout=5), ValueError)
        with raises(ValueError):
            f.result()


def test_executor_validation():
    with raises(ValueError, "max_workers must be greater than 0"):
        cf.ThreadPoolExecutor(0)
    with raises(ValueError, "max_workers must be greater than 0"):
        cf.ThreadPoolExecutor(-1)
    with raises(TypeError, "initializer must be a callable"):
        cf.ThreadPoolExecutor(1, initializer=5)
    with raises(ValueError, "max_workers must be greater than 0"):
        cf.ProcessPoolExecutor(0)
    with raises(TypeError, "initializer must be a callable"):
        cf.ProcessPoolExecutor(1, initializer=5)
    ex = cf.ThreadPoolExecutor(1)
    ex.shutdown()
    with raises(RuntimeError, 'cannot schedule new futures after shutdown'):
        ex.submit(print)
    ex.shutdown()   # idempotent


def test_map_1000():
    with cf.ThreadPoolExecutor(max_workers=8) as ex:
        eq(list(ex.map(lambda x: x * x, range(1000))),
           [x * x for x in range(1000)])
        eq(list(ex.map(pow, range(50), [2] * 40, chunksize=7)),
           [x ** 2 for x in range(40)])
        eq(list(ex.map(abs, [])), [])
        it = ex.map(lambda x: 10 // x, [1, 2, 0, 4])
        eq(next(it), 10)
        eq(next(it), 5)
        with raises(ZeroDivisionError):
            next(it)


def test_map_timeout():
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        start = time.monotonic()
        it = ex.map(time.sleep, [0, 0.5, 0.5, 0.5], timeout=0.2)
        eq(next(it), None)
        with raises(cf.TimeoutError):
            next(it)
        elapsed = time.monotonic() - start
        assert elapsed < 0.45, elapsed


def test_shutdown_wait_and_cancel_futures():
    ex = cf.ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    first = ex.submit(gate.wait, 10)
    rest = [ex.submit(time.sleep, 0) for _ in range(5)]
    time.sleep(0.05)
    t = threading.Thread(target=lambda: (time.sleep(0.1), gate.set()))
    t.start()
    ex.shutdown(wait=True, cancel_futures=True)
    t.join()
    eq(first.result(), True)
    for f in rest:
        assert f.cancelled()
    # Cancelled-by-shutdown futures count as done for wait().
    r = cf.wait(rest, timeout=1)
    eq(r.done, set(rest))
    for th in ex._threads:
        assert not th.is_alive()

    # shutdown(wait=False) still lets queued work finish.
    ex = cf.ThreadPoolExecutor(max_workers=2)
    futs = [ex.submit(time.sleep, 0.01) for _ in range(10)]
    ex.shutdown(wait=False)
    done, not_done = cf.wait(futs, timeout=10)
    eq(len(done), 10)
    for th in list(ex._threads):
        th.join(5)
        assert not th.is_alive()


def test_worker_reuse_and_idle():
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        for _ in range(20):
            ex.submit(time.sleep, 0).result()
        # Sequential submissions reuse the idle worker.
        eq(len(ex._threads), 1)


def test_initializer():
    seen = []

    def init(tag):
        seen.append((tag, threading.current_thread().name))
    with cf.ThreadPoolExecutor(2, initializer=init, initargs=("I",)) as ex:
        list(ex.map(time.sleep, [0.02] * 4))
    assert seen and all(tag == "I" for tag, _ in seen), seen

    def bad_init():
        raise RuntimeError("init failed")
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
        f = ex.submit(time.sleep, 0)
        with raises(cf.thread.BrokenThreadPool):
            f.result(timeout=5)
        with raises(cf.BrokenExecutor):
            ex.submit(time.sleep, 0)
        ex.shutdown()
        err = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    assert err.startswith("Exception in initializer:"), err
    assert "init failed" in err


def test_many_submitters_stress():
    with cf.ThreadPoolExecutor(max_workers=6) as ex:
        results = []
        lock = threading.Lock()

        def submitter(k):
            futs = [ex.submit(lambda i=i: i * k) for i in range(200)]
            got = [f.result(timeout=30) for f in futs]
            with lock:
                results.append(sum(got))
        threads = [threading.Thread(target=submitter, args=(k,))
                   for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    eq(sorted(results), sorted(sum(range(200)) * k for k in range(8)))


def test_as_completed_with_executor():
    with cf.ThreadPoolExecutor(max_workers=8) as ex:
        futs = {ex.submit(time.sleep, 0.001 * (i % 5)): i
                for i in range(100)}
        seen = [futs[f] for f in cf.as_completed(futs, timeout=30)]
    eq(sorted(seen), list(range(100)))


def test_interpreter_exit_with_unshutdown_executor():
    # An executor that is never shut down must not block interpreter exit:
    # threading._shutdown() runs concurrent.futures' atexit hook, which
    # stops the idle workers once the queued work is done.
    import subprocess
    script = r'''
import sys
sys.path.insert(0, %r)
import _harness
_harness.install()
import concurrent.futures as cf, time
ex = cf.ThreadPoolExecutor(3)
futs = [ex.submit(time.sleep, 0.05) for _ in range(6)]
futs[-1].add_done_callback(lambda f: sys.stdout.write("last done\n"))
sys.stdout.write("main done\n")
''' % os.path.dirname(os.path.abspath(__file__))
    proc = subprocess.run([sys.executable, '-S', '-I', '-c', script],
                          capture_output=True, text=True, timeout=60)
    eq(proc.returncode, 0, proc.stderr)
    eq(proc.stdout, "main done\nlast done\n")


_harness.run(globals())
