"""Locks, Condition, Semaphore, BoundedSemaphore, Event, Barrier."""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness
from _harness import raises, eq
_harness.install()

import time
import threading


def _start(fn, *args):
    t = threading.Thread(target=fn, args=args)
    t.start()
    return t


def test_lock_basics():
    lock = threading.Lock()
    assert lock.acquire()
    assert lock.locked()
    assert not lock.acquire(False)
    start = time.monotonic()
    assert not lock.acquire(True, 0.1)
    assert time.monotonic() - start >= 0.09
    lock.release()
    with raises(RuntimeError):
        lock.release()
    with lock:
        assert lock.locked()
    assert not lock.locked()
    # A plain lock may be released by another thread.
    lock.acquire()
    t = _start(lock.release)
    t.join()
    assert not lock.locked()


def test_rlock_basics():
    r = threading.RLock()
    assert r.acquire()
    assert r.acquire()
    r.release()
    r.release()
    with raises(RuntimeError):
        r.release()
    with r:
        with r:
            assert r._is_owned()
    errors = []

    def other():
        assert not r.acquire(False)
        try:
            r.release()
        except RuntimeError:
            errors.append(1)
    r.acquire()
    t = _start(other)
    t.join()
    r.release()
    eq(errors, [1])


def test_condition_errors():
    for lock in (threading.Lock(), threading.RLock(), None):
        c = threading.Condition(lock)
        with raises(RuntimeError, "cannot wait on un-acquired lock"):
            c.wait()
        with raises(RuntimeError, "cannot notify on un-acquired lock"):
            c.notify()
        with raises(RuntimeError, "cannot notify on un-acquired lock"):
            c.notify_all()
    # RLock ownership is per thread.
    c = threading.Condition(threading.RLock())
    c.acquire()
    errors = []

    def other():
        try:
            c.notify()
        except RuntimeError as e:
            errors.append(str(e))
    _start(other).join()
    c.release()
    eq(errors, ["cannot notify on un-acquired lock"])


def test_condition_wait_timeout():
    for lock in (threading.Lock(), threading.RLock()):
        c = threading.Condition(lock)
        with c:
            start = time.monotonic()
            eq(c.wait(0.1), False)
            assert time.monotonic() - start >= 0.09
            eq(c.wait(0), False)
            eq(c.wait(-1), False)
            eq(c._waiters, [])


def test_condition_rlock_recursion_restored():
    c = threading.Condition(threading.RLock())
    flag = []

    def setter():
        with c:
            flag.append(1)
            c.notify()
    with c:
        with c:   # recursion level 2
            t = _start(setter)
            # wait() releases the RLock completely, so setter can run.
            assert c.wait_for(lambda: flag, 5)
            assert c._is_owned()
        assert c._is_owned()
    assert not c._is_owned()
    t.join()


def test_condition_notify_n_and_all():
    c = threading.Condition()
    woken = []
    ready = [0]

    def waiter(i):
        with c:
            ready[0] += 1
            c.wait()
            woken.append(i)
    threads = [_start(waiter, i) for i in range(6)]
    with c:
        assert c.wait_for(lambda: ready[0] == 6 and len(c._waiters) == 6, 5)
        c.notify(2)
    time.sleep(0.1)
    with c:
        eq(len(woken), 2)
        c.notify()
    time.sleep(0.1)
    with c:
        eq(len(woken), 3)
        c.notify_all()
    for t in threads:
        t.join()
    eq(sorted(woken), list(range(6)))


def test_condition_wait_for():
    c = threading.Condition()
    state = []

    def producer():
        for i in range(5):
            time.sleep(0.01)
            with c:
                state.append(i)
                c.notify_all()
    t = _start(producer)
    with c:
        result = c.wait_for(lambda: len(state) >= 5, 10)
        eq(result, True)
    t.join()
    with c:
        start = time.monotonic()
        eq(c.wait_for(lambda: 0, 0.1), 0)   # returns the predicate's value
        assert time.monotonic() - start >= 0.09
        eq(c.wait_for(lambda: "yes", 0), "yes")


def test_condition_ping_pong():
    for lock in (threading.Lock(), threading.RLock()):
        c = threading.Condition(lock)
        turn = ["ping"]
        log = []
        rounds = 2000

        def player(me, other):
            for _ in range(rounds):
                with c:
                    while turn[0] != me:
                        c.wait()
                    log.append(me)
                    turn[0] = other
                    c.notify()
        a = _start(player, "ping", "pong")
        b = _start(player, "pong", "ping")
        a.join()
        b.join()
        eq(len(log), 2 * rounds)
        for i, who in enumerate(log):
            assert who == ("ping" if i % 2 == 0 else "pong")


def test_condition_many_waiters_stress():
    c = threading.Condition()
    items = []
    consumed = []
    N = 20
    PER = 100

    def consumer():
        got = 0
        while got < PER:
            with c:
                while not items:
                    c.wait()
                consumed.append(items.pop())
                got += 1

    def producer():
        for i in range(PER):
            with c:
                items.append(i)
                c.notify()
    cons = [_start(consumer) for _ in range(N)]
    prods = [_start(producer) for _ in range(N)]
    for t in prods + cons:
        t.join(60)
        assert not t.is_alive()
    eq(len(consumed), N * PER)


def test_condition_repr_and_context():
    c = threading.Condition(threading.Lock())
    assert repr(c).startswith("<Condition(")
    assert repr(c).endswith(", 0)>")
    with c as entered:
        eq(entered, True)


def test_semaphore():
    with raises(ValueError, "semaphore initial value must be >= 0"):
        threading.Semaphore(-1)
    s = threading.Semaphore(2)
    assert s.acquire()
    assert s.acquire()
    assert not s.acquire(False)
    start = time.monotonic()
    assert not s.acquire(timeout=0.1)
    assert time.monotonic() - start >= 0.09
    with raises(ValueError, "can't specify timeout for non-blocking acquire"):
        s.acquire(False, 1)
    s.release(2)
    assert s.acquire(False) and s.acquire(False)
    with raises(ValueError, "n must be one or more"):
        s.release(0)
    t = _start(lambda: (time.sleep(0.05), s.release()))
    assert s.acquire(timeout=5)
    t.join()
    s.release()
    with s:
        eq(s._value, 0)
    eq(s._value, 1)
    # Plain Semaphore may be released beyond its initial value.
    s.release()
    eq(s._value, 2)


def test_semaphore_limits_concurrency():
    s = threading.Semaphore(3)
    lock = threading.Lock()
    inside = [0]
    peak = [0]

    def work():
        for _ in range(20):
            with s:
                with lock:
                    inside[0] += 1
                    peak[0] = max(peak[0], inside[0])
                time.sleep(0.0005)
                with lock:
                    inside[0] -= 1
    threads = [_start(work) for _ in range(10)]
    for t in threads:
        t.join()
    assert peak[0] <= 3, peak
    eq(inside[0], 0)


def test_bounded_semaphore():
    b = threading.BoundedSemaphore(2)
    with raises(ValueError, "Semaphore released too many times"):
        b.release()
    b.acquire()
    b.acquire()
    with raises(ValueError, "Semaphore released too many times"):
        b.release(3)
    b.release(2)
    with raises(ValueError, "Semaphore released too many times"):
        b.release()
    assert isinstance(b, threading.Semaphore)


def test_event():
    e = threading.Event()
    assert not e.is_set()
    assert not e.isSet()
    start = time.monotonic()
    eq(e.wait(0.1), False)
    assert time.monotonic() - start >= 0.09
    t = _start(lambda: (time.sleep(0.05), e.set()))
    eq(e.wait(5), True)
    t.join()
    assert e.is_set()
    eq(e.wait(), True)
    eq(e.wait(0), True)
    e.clear()
    assert not e.is_set()
    eq(e.wait(0), False)
    # Many waiters released by one set().
    e2 = threading.Event()
    got = []
    threads = [_start(lambda: got.append(e2.wait(10))) for _ in range(20)]
    time.sleep(0.05)
    e2.set()
    for t in threads:
        t.join()
    eq(got, [True] * 20)


def test_barrier_basic_repeated():
    N = 10
    ROUNDS = 50
    b = threading.Barrier(N)
    eq(b.parties, N)
    eq(b.n_waiting, 0)
    assert not b.broken
    indices = [[] for _ in range(ROUNDS)]
    phase = [0] * N
    errors = []

    def worker(k):
        for r in range(ROUNDS):
            phase[k] = r
            i = b.wait()
            indices[r].append(i)
            # Everybody must have reached round r before anyone passes it.
            if min(phase) < r:
                errors.append((k, r, list(phase)))
            b.wait()   # second barrier keeps the phase check sound
    threads = [_start(worker, k) for k in range(N)]
    for t in threads:
        t.join(60)
        assert not t.is_alive()
    eq(errors, [])
    for r in range(ROUNDS):
        eq(sorted(indices[r]), list(range(N)))
    eq(b.n_waiting, 0)
    assert not b.broken


def test_barrier_action():
    calls = []
    b = threading.Barrier(3, action=lambda: calls.append(
        threading.current_thread().name))
    threads = [_start(b.wait) for _ in range(3)]
    for t in threads:
        t.join()
    eq(len(calls), 1)

    def bad_action():
        raise ZeroDivisionError
    b = threading.Barrier(3, action=bad_action)
    results = []

    def w():
        try:
            b.wait()
            results.append("ok")
        except threading.BrokenBarrierError:
            results.append("broken")
        except ZeroDivisionError:
            results.append("zde")
    threads = [_start(w) for _ in range(3)]
    for t in threads:
        t.join()
    eq(sorted(results), ["broken", "broken", "zde"])
    assert b.broken


def test_barrier_timeout_and_abort():
    b = threading.Barrier(3, timeout=0.1)
    results = []

    def w():
        try:
            b.wait()
        except threading.BrokenBarrierError:
            results.append("broken")
    threads = [_start(w) for _ in range(2)]
    for t in threads:
        t.join()
    eq(results, ["broken", "broken"])
    assert b.broken
    with raises(threading.BrokenBarrierError):
        b.wait()
    b.reset()
    assert not b.broken
    # Explicit timeout overrides the default.
    b2 = threading.Barrier(2)
    start = time.monotonic()
    with raises(threading.BrokenBarrierError):
        b2.wait(0.1)
    assert time.monotonic() - start >= 0.09
    # abort() wakes the waiters with BrokenBarrierError.
    b3 = threading.Barrier(4)
    res = []

    def w3():
        try:
            b3.wait()
        except threading.BrokenBarrierError:
            res.append(1)
    threads = [_start(w3) for _ in range(3)]
    while b3.n_waiting < 3:
        time.sleep(0.005)
    eq(b3.n_waiting, 3)
    b3.abort()
    for t in threads:
        t.join()
    eq(res, [1, 1, 1])
    assert b3.broken
    eq(b3.n_waiting, 0)
    assert issubclass(threading.BrokenBarrierError, RuntimeError)


def test_barrier_reset_while_waiting():
    b = threading.Barrier(3)
    res = []

    def w():
        try:
            b.wait()
            res.append("passed")
        except threading.BrokenBarrierError:
            res.append("broken")
    threads = [_start(w) for _ in range(2)]
    while b.n_waiting < 2:
        time.sleep(0.005)
    b.reset()
    for t in threads:
        t.join()
    eq(res, ["broken", "broken"])
    assert not b.broken
    # Usable again afterwards.
    res.clear()
    threads = [_start(w) for _ in range(3)]
    for t in threads:
        t.join()
    eq(res, ["passed"] * 3)


def test_barrier_validation_and_repr():
    with raises(ValueError):
        threading.Barrier(0)
    b = threading.Barrier(2)
    assert "waiters=0/2" in repr(b), repr(b)
    b.abort()
    assert "broken" in repr(b)


def test_reprs():
    import re
    e = threading.Event()
    assert re.match(r"<threading\.Event at 0x[0-9a-f]+: unset>$", repr(e)), e
    e.set()
    assert repr(e).endswith(": set>")
    s = threading.Semaphore(3)
    assert re.match(r"<threading\.Semaphore at 0x[0-9a-f]+: value=3>$",
                    repr(s)), s
    b = threading.BoundedSemaphore(3)
    b.acquire()
    assert re.match(r"<threading\.BoundedSemaphore at 0x[0-9a-f]+: "
                    r"value=2/3>$", repr(b)), b
    bar = threading.Barrier(3)
    assert re.match(r"<threading\.Barrier at 0x[0-9a-f]+: waiters=0/3>$",
                    repr(bar)), bar


_harness.run(globals())
