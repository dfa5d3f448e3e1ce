"""threading.local."""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness
from _harness import raises, eq
_harness.install()

import _thread
import threading


def _in_thread(fn, *args):
    out = []

    def body():
        out.append(fn(*args))
    t = threading.Thread(target=body)
    t.start()
    t.join()
    return out[0] if out else None


def test_isolation():
    loc = threading.local()
    loc.x = 1
    eq(loc.x, 1)

    def other():
        assert not hasattr(loc, 'x')
        loc.x = 2
        loc.y = 3
        return (loc.x, loc.y, sorted(loc.__dict__))
    eq(_in_thread(other), (2, 3, ['x', 'y']))
    eq(loc.x, 1)
    assert not hasattr(loc, 'y')
    eq(loc.__dict__, {'x': 1})
    eq(vars(loc), {'x': 1})


def test_many_threads_isolated():
    loc = threading.local()
    results = {}
    start = threading.Barrier(20)

    def work(i):
        loc.value = i
        start.wait()   # all threads have set their value
        for _ in range(100):
            assert loc.value == i
        results[i] = loc.value
    threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    eq(results, {i: i for i in range(20)})


def test_delattr_and_errors():
    loc = threading.local()
    loc.a = 1
    del loc.a
    assert not hasattr(loc, 'a')
    with raises(AttributeError):
        del loc.a
    with raises(AttributeError):
        loc.missing
    with raises(AttributeError):
        loc.__dict__ = {}
    with raises(AttributeError):
        del loc.__dict__
    with raises(TypeError, "Initialization arguments are not supported"):
        threading.local(1)
    with raises(TypeError, "Initialization arguments are not supported"):
        threading.local(a=1)


def test_subclass_init_rerun_per_thread():
    calls = []

    class MyLocal(threading.local):
        shared = "class attribute"

        def __init__(self, a, b=0):
            calls.append((threading.current_thread().name, a, b))
            self.a = a
            self.b = b
            self.items = []

        def total(self):
            return self.a + self.b + len(self.items)

        @property
        def doubled(self):
            return self.a * 2

    loc = MyLocal(5, b=2)
    eq(calls, [("MainThread", 5, 2)])
    loc.items.append(1)
    eq(loc.total(), 8)

    def other():
        # __init__ runs again here with the original arguments.
        loc.items.append(1)
        loc.items.append(2)
        loc.a = 100
        return (loc.total(), loc.doubled, loc.shared)
    t = threading.Thread(target=other, name="other")
    out = []
    t._target = lambda: out.append(other())
    t.start()
    t.join()
    eq(out, [(104, 200, "class attribute")])
    eq(calls, [("MainThread", 5, 2), ("other", 5, 2)])
    eq(loc.total(), 8)
    eq(loc.doubled, 10)
    assert isinstance(loc, MyLocal)
    assert loc.__class__ is MyLocal


def test_subclass_properties_and_descriptors():
    class P(threading.local):
        def __init__(self):
            self._v = 0

        def get_v(self):
            return self._v

        def set_v(self, value):
            self._v = value * 10

        v = property(get_v, set_v)
        ro = property(lambda self: "read-only")

        @classmethod
        def cm(cls):
            return cls.__name__

        @staticmethod
        def sm():
            return "static"

    p = P()
    p.v = 3
    eq(p.v, 30)
    eq(p._v, 30)
    eq(p.cm(), "P")
    eq(p.sm(), "static")
    with raises(AttributeError):
        p.ro = 1
    eq(_in_thread(lambda: (p.v, p.ro)), (0, "read-only"))
    # An instance attribute named like a method shadows it (non-data).
    p.cm = "shadow"
    eq(p.cm, "shadow")
    eq(_in_thread(lambda: p.cm()), "P")


def test_getattr_fallback():
    class G(threading.local):
        def __getattr__(self, name):
            return "fallback:" + name
    g = G()
    g.real = 1
    eq(g.real, 1)
    eq(g.other, "fallback:other")


def test_slots_in_subclass():
    class S(threading.local):
        __slots__ = ('slot',)
    s = S()
    # Slots live on the object itself, so they are shared between threads
    # (as in CPython).
    s.slot = 1
    s.attr = 2
    eq(_in_thread(lambda: (s.slot, hasattr(s, 'attr'))), (1, False))


def test_cleanup_when_thread_ends():
    class Tracked:
        alive = 0

        def __init__(self):
            Tracked.alive += 1

        def __del__(self):
            Tracked.alive -= 1

    loc = threading.local()

    def work():
        loc.obj = Tracked()
    threads = [threading.Thread(target=work) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    impl = object.__getattribute__(loc, '_local__impl')
    # Only the main thread's dict (created at construction) remains.
    eq(len(impl.dicts), 1)
    eq(Tracked.alive, 0)


def test_stale_dict_after_ident_reuse():
    # A dict left by a thread not started via threading (no cleanup) must
    # not leak into a later thread that reuses its ident.
    loc = threading.local()
    done = _thread.allocate_lock()
    done.acquire()
    seen = []

    def raw():
        loc.secret = "raw"
        seen.append(threading.get_ident())
        done.release()
    _thread.start_new_thread(raw, ())
    done.acquire()
    for _ in range(20):
        eq(_in_thread(lambda: hasattr(loc, 'secret')), False)


def test_local_in_worker_threads_many_objects():
    locs = [threading.local() for _ in range(50)]

    def work(k):
        for i, loc in enumerate(locs):
            loc.v = (k, i)
        for i, loc in enumerate(locs):
            assert loc.v == (k, i)
        return True
    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for loc in locs:
        assert not hasattr(loc, 'v')
        eq(len(object.__getattribute__(loc, '_local__impl').dicts), 1)


def test_fork_while_local_lock_held():
    if not hasattr(os, 'fork'):
        return
    loc = threading.local()
    loc.x = "parent"
    impl = object.__getattribute__(loc, '_local__impl')
    lock = impl._get_lock()
    lock.acquire()          # as if another thread were inside the local
    try:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                assert loc.x == "parent"
                t = threading.Thread(target=lambda: setattr(loc, 'x', 1))
                t.start()
                t.join(10)
                assert not t.is_alive(), "deadlocked on a stale lock"
            except BaseException as e:
                os.write(w, repr(e).encode())
                code = 1
            os._exit(code)
        os.close(w)
        _, status = os.waitpid(pid, 0)
        msg = os.read(r, 1000)
        os.close(r)
    finally:
        lock.release()
    eq(msg, b"")
    eq(os.waitstatus_to_exitcode(status), 0)


_harness.run(globals())
