"""Thread objects, the registry, excepthook, Timer, trace hooks."""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness
from _harness import raises, eq
_harness.install()

import io
import time
import _thread
import threading


def _noop():
    pass


def test_default_names():
    t1 = threading.Thread()
    n = int(t1.name.split('-')[1])
    t2 = threading.Thread(target=_noop)
    eq(t2.name, "Thread-%d (_noop)" % (n + 1))
    t3 = threading.Thread(name="worker")
    eq(t3.name, "worker")
    t4 = threading.Thread(name=42)
    eq(t4.name, "42")
    # Explicit names do not consume a number.
    t5 = threading.Thread()
    eq(t5.name, "Thread-%d" % (n + 2))

    class Callable:
        def __call__(self):
            pass
    t6 = threading.Thread(target=Callable())   # no __name__
    eq(t6.name, "Thread-%d" % (n + 3))


def test_repr_and_states():
    ev = threading.Event()
    t = threading.Thread(target=ev.wait, name="R")
    eq(repr(t), "<Thread(R, initial)>")
    assert not t.is_alive()
    eq(t.ident, None)
    eq(t.native_id, None)
    t.start()
    assert t.is_alive()
    assert isinstance(t.ident, int)
    assert isinstance(t.native_id, int)
    eq(repr(t), "<Thread(R, started %d)>" % t.ident)
    ev.set()
    t.join()
    assert not t.is_alive()
    eq(repr(t), "<Thread(R, stopped %d)>" % t.ident)
    d = threading.Thread(target=_noop, name="D", daemon=True)
    eq(repr(d), "<Thread(D, initial daemon)>")
    d.start()
    d.join()
    eq(repr(d), "<Thread(D, stopped daemon %d)>" % d.ident)


def test_start_join_errors():
    t = threading.Thread(target=_noop)
    with raises(RuntimeError, "cannot join thread before it is started"):
        t.join()
    t.start()
    with raises(RuntimeError, "threads can only be started once"):
        t.start()
    t.join()
    with raises(RuntimeError, "threads can only be started once"):
        t.start()
    with raises(RuntimeError, "cannot join current thread"):
        threading.current_thread().join()

    errors = []

    def self_join():
        try:
            threading.current_thread().join()
        except RuntimeError as e:
            errors.append(str(e))
    t = threading.Thread(target=self_join)
    t.start()
    t.join()
    eq(errors, ["cannot join current thread"])

    class NoInit(threading.Thread):
        def __init__(self):
            pass
    with raises(RuntimeError, "thread.__init__() not called"):
        NoInit().start()


def test_daemon():
    t = threading.Thread(target=_noop)
    eq(t.daemon, False)
    t.daemon = True
    eq(t.daemon, True)
    assert t.isDaemon()
    t.setDaemon(False)
    eq(t.daemon, False)
    t.start()
    with raises(RuntimeError, "cannot set daemon status of active thread"):
        t.daemon = True
    t.join()
    # Daemon status is inherited from the creating thread.
    seen = []

    def make_child():
        seen.append(threading.Thread(target=_noop).daemon)
    p = threading.Thread(target=make_child, daemon=True)
    p.start()
    p.join()
    eq(seen, [True])
    eq(threading.main_thread().daemon, False)


def test_names_get_set():
    t = threading.Thread(name="a")
    eq(t.getName(), "a")
    t.setName("b")
    eq(t.name, "b")
    t.name = 7
    eq(t.name, "7")
    got = []

    def rename():
        threading.current_thread().name = "renamed"
        got.append(threading.current_thread().name)
    t = threading.Thread(target=rename)
    t.start()
    t.join()
    eq(got, ["renamed"])
    eq(t.name, "renamed")


def test_current_and_main_thread():
    main = threading.main_thread()
    eq(main.name, "MainThread")
    assert threading.current_thread() is main
    assert threading.currentThread() is main
    eq(main.ident, threading.get_ident())
    eq(main.ident, _thread.get_ident())
    assert main.is_alive()
    eq(repr(main), "<_MainThread(MainThread, started %d)>" % main.ident)
    seen = {}

    def body():
        seen['cur'] = threading.current_thread()
        seen['main'] = threading.main_thread()
        seen['ident'] = threading.get_ident()
        seen['native'] = threading.get_native_id()
    t = threading.Thread(target=body)
    t.start()
    t.join()
    assert seen['cur'] is t
    assert seen['main'] is main
    eq(seen['ident'], t.ident)
    eq(seen['native'], t.native_id)


def _real_threads():
    # Dummy threads (from test_dummy_thread) are never removed from the
    # registry, but their entry is replaced when a new thread reuses the
    # ident, so leave them out of the counts.
    return [t for t in threading.enumerate()
            if not isinstance(t, threading._DummyThread)]


def test_enumerate_active_count():
    eq(len(threading.enumerate()), threading.active_count())
    eq(threading.activeCount(), threading.active_count())
    base = len(_real_threads())
    assert threading.main_thread() in threading.enumerate()
    release = threading.Event()
    threads = [threading.Thread(target=release.wait) for _ in range(5)]
    for t in threads:
        t.start()
    eq(len(_real_threads()), base + 5)
    eq(len(threading.enumerate()), threading.active_count())
    listed = threading.enumerate()
    for t in threads:
        assert t in listed
    release.set()
    for t in threads:
        t.join()
    eq(len(_real_threads()), base)
    for t in threads:
        assert t not in threading.enumerate()


def test_dummy_thread():
    result = {}
    done = _thread.allocate_lock()
    done.acquire()

    def raw():
        try:
            cur = threading.current_thread()
            result['cur'] = cur
            result['again'] = threading.current_thread()
            result['alive'] = cur.is_alive()
            result['daemon'] = cur.daemon
            result['in_enum'] = cur in threading.enumerate()
            try:
                cur.join()
            except RuntimeError as e:
                result['join'] = str(e)
        finally:
            done.release()
    _thread.start_new_thread(raw, ())
    done.acquire()
    cur = result['cur']
    assert isinstance(cur, threading._DummyThread)
    assert result['again'] is cur
    assert cur.name.startswith("Dummy-")
    assert result['alive'] and result['daemon'] and result['in_enum']
    eq(result['join'], "cannot join a dummy thread")


def test_join_timeout():
    ev = threading.Event()
    t = threading.Thread(target=ev.wait)
    t.start()
    start = time.monotonic()
    t.join(0.2)
    elapsed = time.monotonic() - start
    assert 0.15 <= elapsed < 2.0, elapsed
    assert t.is_alive()
    t.join(0)
    t.join(-1)
    assert t.is_alive()
    ev.set()
    t.join(5)
    assert not t.is_alive()
    # join() on a finished thread returns at once, any number of times.
    t.join()
    t.join(0)


def test_many_joiners():
    ev = threading.Event()
    target = threading.Thread(target=ev.wait)
    target.start()
    joined = []
    lock = threading.Lock()

    def joiner():
        target.join()
        with lock:
            joined.append(1)
    joiners = [threading.Thread(target=joiner) for _ in range(10)]
    for j in joiners:
        j.start()
    time.sleep(0.05)
    eq(joined, [])
    ev.set()
    for j in joiners:
        j.join()
    eq(len(joined), 10)


def test_200_threads():
    results = [None] * 200
    lock = threading.Lock()
    counter = [0]

    def work(i):
        x = 0
        for k in range(200):
            x += k
        with lock:
            counter[0] += 1
        results[i] = (i, x, threading.current_thread().name)
    threads = [threading.Thread(target=work, args=(i,)) for i in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    eq(counter[0], 200)
    for i, r in enumerate(results):
        eq(r[:2], (i, 19900))
        eq(r[2], threads[i].name)
    assert not any(t.is_alive() for t in threads)
    for t in threads:
        assert t not in threading.enumerate()


def test_run_override_and_kwargs():
    out = []

    class T(threading.Thread):
        def __init__(self, v):
            threading.Thread.__init__(self)
            self.v = v

        def run(self):
            out.append(self.v * 2)
    t = T(21)
    t.start()
    t.join()

    def f(a, b, *, c):
        out.append((a, b, c))
    t = threading.Thread(target=f, args=(1, 2), kwargs={'c': 3})
    t.start()
    t.join()
    eq(out, [42, (1, 2, 3)])


def _capture_stderr(fn):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def test_exception_default_hook():
    def boom():
        raise ZeroDivisionError("kaboom")

    def run():
        t = threading.Thread(target=boom, name="Boomer")
        t.start()
        t.join()
        assert not t.is_alive()
    err = _capture_stderr(run)
    assert err.startswith("Exception in thread Boomer:\n"), err
    assert "Traceback (most recent call last):" in err, err
    assert "in boom" in err, err
    assert err.rstrip().endswith("ZeroDivisionError: kaboom"), err


def test_systemexit_is_silent():
    def bye():
        raise SystemExit(3)

    def run():
        t = threading.Thread(target=bye)
        t.start()
        t.join()
    eq(_capture_stderr(run), "")


def test_custom_excepthook():
    seen = []

    def hook(args):
        seen.append((args.exc_type, str(args.exc_value),
                     args.exc_traceback is not None, args.thread))
        exc_type, value, tb, thread = args   # unpackable, like CPython's
        eq(args[0], exc_type)
        eq(len(args), 4)
    old = threading.excepthook
    threading.excepthook = hook
    try:
        def bad():
            raise KeyError("k")
        t = threading.Thread(target=bad)
        t.start()
        t.join()

        def bye():
            raise SystemExit
        t2 = threading.Thread(target=bye)
        t2.start()
        t2.join()
    finally:
        threading.excepthook = old
    eq(len(seen), 2)
    eq(seen[0][:3], (KeyError, "'k'", True))
    assert seen[0][3] is t
    assert seen[1][0] is SystemExit and seen[1][3] is t2
    assert threading.excepthook is threading.__excepthook__


def test_failing_excepthook():
    def hook(args):
        raise ValueError("hook failed")
    old = threading.excepthook
    threading.excepthook = hook

    def run():
        t = threading.Thread(target=lambda: 1 / 0)
        t.start()
        t.join()
    try:
        err = _capture_stderr(run)
    finally:
        threading.excepthook = old
    assert err.startswith("Exception in threading.excepthook:\n"), err
    assert "ValueError: hook failed" in err, err
    # The hook's failure goes to sys.excepthook.
    got = []
    saved = sys.excepthook
    threading.excepthook = hook
    sys.excepthook = lambda t, v, tb: got.append(str(v))
    try:
        err = _capture_stderr(run)
    finally:
        threading.excepthook = old
        sys.excepthook = saved
    eq(err, "Exception in threading.excepthook:\n")
    eq(got, ["hook failed"])


def test_excepthook_direct_call():
    try:
        raise OSError("direct")
    except OSError:
        args = threading.ExceptHookArgs(sys.exc_info() + (None,))
    err = _capture_stderr(lambda: threading.excepthook(args))
    assert err.startswith("Exception in thread %d:\n" % threading.get_ident())
    assert "OSError: direct" in err


def test_timer():
    fired = []
    t = threading.Timer(0.05, fired.append, args=("x",))
    start = time.monotonic()
    t.start()
    t.join()
    assert time.monotonic() - start >= 0.04
    eq(fired, ["x"])
    t = threading.Timer(10, fired.append, args=("y",))
    t.start()
    t.cancel()
    t.join(5)
    assert not t.is_alive()
    eq(fired, ["x"])
    t = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={'a': 1})
    t.start()
    t.join()
    eq(fired[-1], {'a': 1})
    assert t.name.startswith("Thread-")


def test_settrace_setprofile():
    if not hasattr(sys, 'settrace'):
        return
    calls = []

    def tracer(frame, event, arg):
        if event == 'call':
            calls.append(frame.f_code.co_name)
        return None

    def profiler(frame, event, arg):
        pass

    def traced_function():
        pass

    threading.settrace(tracer)
    threading.setprofile(profiler)
    try:
        eq(threading.gettrace(), tracer)
        eq(threading.getprofile(), profiler)
        got = []
        t = threading.Thread(
            target=lambda: (traced_function(),
                            got.append(sys.getprofile())))
        t.start()
        t.join()
    finally:
        threading.settrace(None)
        threading.setprofile(None)
    assert 'traced_function' in calls, calls
    assert got == [profiler], got
    # Not installed in the calling thread.
    eq(sys.gettrace(), None)


def test_module_attributes():
    eq(threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX)
    assert threading.ThreadError is _thread.error
    assert threading.Lock is _thread.allocate_lock
    assert isinstance(threading.Lock(), _thread.LockType)
    size = threading.stack_size()
    assert isinstance(size, int)
    for name in threading.__all__:
        assert hasattr(threading, name), name


def test_register_atexit_and_shutdown_in_subprocess():
    # threading._shutdown() runs atexit callbacks, then waits for non-daemon
    # threads.  Under CPython it is called by the interpreter at exit on
    # sys.modules['threading'], which is our module.
    import subprocess
    script = r'''
import sys, os
sys.path.insert(0, %r)
import _harness
_harness.install()
import threading, time
out = sys.stdout
def slow(n):
    time.sleep(0.2)
    out.write("thread %%d done\n" %% n); out.flush()
for n in range(3):
    threading.Thread(target=slow, args=(n,)).start()
threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
threading._register_atexit(lambda: out.write("atexit 1\n"))
threading._register_atexit(lambda: out.write("atexit 2\n"))
out.write("main done\n"); out.flush()
''' % os.path.dirname(os.path.abspath(__file__))
    start = time.monotonic()
    proc = subprocess.run([sys.executable, '-S', '-I', '-c', script],
                          capture_output=True, text=True, timeout=60)
    eq(proc.returncode, 0, proc.stderr)
    lines = proc.stdout.splitlines()
    eq(lines[:3], ["main done", "atexit 2", "atexit 1"])
    eq(sorted(lines[3:]), ["thread 0 done", "thread 1 done",
                           "thread 2 done"])
    assert time.monotonic() - start < 30


def test_join_main_thread_from_worker_in_subprocess():
    import subprocess
    script = r'''
import sys, os
sys.path.insert(0, %r)
import _harness
_harness.install()
import threading
main = threading.main_thread()
def waiter():
    main.join()
    sys.stdout.write("main joined, alive=%%s\n" %% main.is_alive())
threading.Thread(target=waiter).start()
''' % os.path.dirname(os.path.abspath(__file__))
    proc = subprocess.run([sys.executable, '-S', '-I', '-c', script],
                          capture_output=True, text=True, timeout=60)
    eq(proc.returncode, 0, proc.stderr)
    eq(proc.stdout, "main joined, alive=False\n")


def test_fork():
    if not hasattr(os, 'fork'):
        return
    release = threading.Event()
    sleeper = threading.Thread(target=release.wait, name="sleeper")
    sleeper.start()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            cur = threading.current_thread()
            assert threading.enumerate() == [cur], threading.enumerate()
            assert threading.main_thread() is cur
            assert threading.active_count() == 1
            assert not sleeper.is_alive()
            sleeper.join()   # must not hang
            t = threading.Thread(target=lambda: None)
            t.start()
            t.join()
            assert threading.active_count() == 1
        except BaseException as e:
            os.write(w, repr(e).encode())
            code = 1
        os._exit(code)
    os.close(w)
    _, status = os.waitpid(pid, 0)
    msg = os.read(r, 1000)
    os.close(r)
    release.set()
    sleeper.join()
    eq(msg, b"")
    eq(os.waitstatus_to_exitcode(status), 0)


def test_fork_from_worker_thread():
    if not hasattr(os, 'fork'):
        return
    result = {}

    def forker():
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                cur = threading.current_thread()
                assert cur.name == "forker"
                assert threading.main_thread() is cur
                assert threading.enumerate() == [cur]
                t = threading.Thread(target=lambda: None)
                t.start()
                t.join()
                threading._shutdown()   # must not wait for itself
            except BaseException as e:
                os.write(w, repr(e).encode())
                code = 1
            os._exit(code)
        os.close(w)
        _, status = os.waitpid(pid, 0)
        result['msg'] = os.read(r, 1000)
        result['code'] = os.waitstatus_to_exitcode(status)
        os.close(r)
    t = threading.Thread(target=forker, name="forker")
    t.start()
    t.join()
    eq(result, {'msg': b"", 'code': 0})
    assert threading.main_thread().name == "MainThread"


_harness.run(globals())
