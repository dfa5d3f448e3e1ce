"""queue: Queue, LifoQueue, PriorityQueue, SimpleQueue."""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness
from _harness import raises, eq
_harness.install()

import time
import threading
import queue

_TIMEOUT_MSG = "'timeout' must be a non-negative number"


def test_module_uses_our_threading():
    assert queue.threading is sys.modules['threading']
    _harness.check()


def test_fifo_lifo_priority_order():
    q = queue.Queue()
    for i in range(5):
        q.put(i)
    eq([q.get() for _ in range(5)], [0, 1, 2, 3, 4])
    q = queue.LifoQueue()
    for i in range(5):
        q.put(i)
    eq([q.get() for _ in range(5)], [4, 3, 2, 1, 0])
    q = queue.PriorityQueue()
    for i in (5, 1, 4, 2, 3):
        q.put((i, str(i)))
    eq([q.get()[0] for _ in range(5)], [1, 2, 3, 4, 5])


def test_sizes():
    q = queue.Queue(2)
    assert q.empty() and not q.full()
    eq(q.qsize(), 0)
    q.put(1)
    q.put(2)
    assert q.full() and not q.empty()
    eq(q.qsize(), 2)
    unbounded = queue.Queue()
    for i in range(1000):
        unbounded.put(i)
    assert not unbounded.full()
    eq(queue.Queue(-1).maxsize, -1)


def test_nowait_and_exceptions():
    q = queue.Queue(1)
    with raises(queue.Empty):
        q.get_nowait()
    with raises(queue.Empty):
        q.get(False)
    q.put_nowait(1)
    with raises(queue.Full):
        q.put_nowait(2)
    with raises(queue.Full):
        q.put(2, block=False)
    eq(q.get_nowait(), 1)
    assert issubclass(queue.Empty, Exception)
    assert issubclass(queue.Full, Exception)


def test_timeouts():
    q = queue.Queue(1)
    start = time.monotonic()
    with raises(queue.Empty):
        q.get(timeout=0.1)
    assert time.monotonic() - start >= 0.09
    with raises(queue.Empty):
        q.get(True, 0)
    q.put(1)
    start = time.monotonic()
    with raises(queue.Full):
        q.put(2, timeout=0.1)
    assert time.monotonic() - start >= 0.09
    with raises(ValueError, _TIMEOUT_MSG):
        q.put(2, timeout=-1)
    q.get()
    with raises(ValueError, _TIMEOUT_MSG):
        q.get(timeout=-1)
    # bounded queue checks put's timeout even with room; unbounded doesn't
    with raises(ValueError, _TIMEOUT_MSG):
        q.put(3, timeout=-1)
    queue.Queue().put(3, timeout=-1)
    # Non-blocking calls ignore the timeout.
    with raises(queue.Empty):
        queue.Queue().get(False, -1)


def test_blocking_get_put_wakeups():
    q = queue.Queue(1)
    t = threading.Thread(target=lambda: (time.sleep(0.05), q.put("x")))
    t.start()
    eq(q.get(timeout=5), "x")
    t.join()
    q.put(1)
    t = threading.Thread(target=lambda: (time.sleep(0.05), q.get()))
    t.start()
    q.put(2, timeout=5)
    t.join()
    eq(q.get_nowait(), 2)


def test_task_done_join():
    q = queue.Queue()
    with raises(ValueError, 'task_done() called too many times'):
        q.task_done()
    processed = []

    def worker():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                break
            time.sleep(0.001)
            processed.append(item)
            q.task_done()
    workers = [threading.Thread(target=worker) for _ in range(4)]
    for w in workers:
        w.start()
    for i in range(100):
        q.put(i)
    q.join()
    eq(sorted(processed), list(range(100)))
    eq(q.unfinished_tasks, 0)
    for _ in workers:
        q.put(None)
    q.join()
    for w in workers:
        w.join()
    with raises(ValueError, 'task_done() called too many times'):
        q.task_done()
    # join() on a fresh queue returns immediately.
    queue.Queue().join()


# Orderable sentinel (PriorityQueue cannot compare None); sorts last.
_STOP = (10 ** 9, -1)


def _producers_consumers(qclass, n_prod=8, n_cons=8, per=500, maxsize=10):
    q = qclass(maxsize)
    consumed = []
    lock = threading.Lock()

    def producer(p):
        for i in range(per):
            q.put((p, i))

    def consumer():
        got = []
        while True:
            item = q.get()
            if item == _STOP:
                q.task_done()
                break
            got.append(item)
            q.task_done()
        with lock:
            consumed.extend(got)
    prods = [threading.Thread(target=producer, args=(p,))
             for p in range(n_prod)]
    cons = [threading.Thread(target=consumer) for _ in range(n_cons)]
    for t in cons + prods:
        t.start()
    for t in prods:
        t.join(60)
    q.join()
    for _ in cons:
        q.put(_STOP)
    for t in cons:
        t.join(60)
        assert not t.is_alive()
    eq(len(consumed), n_prod * per)
    eq(sorted(consumed), sorted((p, i) for p in range(n_prod)
                                for i in range(per)))
    return consumed


def test_stress_8_producers_8_consumers():
    consumed = _producers_consumers(queue.Queue)
    # With FIFO each producer's items are fetched in order by somebody; per
    # consumer, items from one producer appear in increasing order.
    _producers_consumers(queue.LifoQueue, per=200)
    _producers_consumers(queue.PriorityQueue, per=200)
    _producers_consumers(queue.Queue, maxsize=0, per=200)
    assert consumed


def test_stress_timeouts_under_contention():
    q = queue.Queue(3)
    results = {'put_full': 0, 'get_empty': 0, 'ok': 0}
    lock = threading.Lock()

    def worker(k):
        for i in range(200):
            try:
                if (i + k) % 2:
                    q.put(i, timeout=0.001)
                else:
                    q.get(timeout=0.001)
                key = 'ok'
            except queue.Full:
                key = 'put_full'
            except queue.Empty:
                key = 'get_empty'
            with lock:
                results[key] += 1
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    eq(sum(results.values()), 1600)
    assert q.qsize() <= 3


def test_subclass_hooks():
    class Doubling(queue.Queue):
        def _put(self, item):
            self.queue.append(item * 2)
    q = Doubling()
    q.put(21)
    eq(q.get(), 42)


def test_simple_queue():
    q = queue.SimpleQueue()
    assert q.empty()
    eq(q.qsize(), 0)
    for i in range(5):
        q.put(i)
    q.put_nowait(5)
    q.put(6, block=False, timeout=3)
    eq(q.qsize(), 7)
    eq([q.get() for _ in range(7)], list(range(7)))
    with raises(queue.Empty):
        q.get_nowait()
    with raises(queue.Empty):
        q.get(False)
    with raises(queue.Empty):
        q.get(False, 5)      # timeout ignored when non-blocking
    start = time.monotonic()
    with raises(queue.Empty):
        q.get(timeout=0.1)
    assert time.monotonic() - start >= 0.09
    with raises(ValueError, _TIMEOUT_MSG):
        q.get(timeout=-1)
    t = threading.Thread(target=lambda: (time.sleep(0.05), q.put("late")))
    t.start()
    eq(q.get(timeout=5), "late")
    t.join()


def test_simple_queue_stress():
    q = queue.SimpleQueue()
    out = []
    lock = threading.Lock()

    def consumer():
        while True:
            item = q.get()
            if item is None:
                return
            with lock:
                out.append(item)
    cons = [threading.Thread(target=consumer) for _ in range(8)]
    for t in cons:
        t.start()
    prods = [threading.Thread(target=lambda p=p: [q.put((p, i))
                                                  for i in range(300)])
             for p in range(8)]
    for t in prods:
        t.start()
    for t in prods:
        t.join()
    for _ in cons:
        q.put(None)
    for t in cons:
        t.join()
    eq(len(out), 2400)
    eq(len(set(out)), 2400)


def test_generic_alias():
    alias = queue.Queue[int]
    assert alias.__origin__ is queue.Queue
    assert queue.SimpleQueue[str].__origin__ is queue.SimpleQueue


_harness.run(globals())
