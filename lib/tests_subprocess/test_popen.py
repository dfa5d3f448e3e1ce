"""The Popen class: pipes, communicate(), waiting, signals, context
manager.  Expected values were recorded from CPython 3.11."""

import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import sp, eq, raises, main  # noqa: E402

MB = 1024 * 1024


def test_attributes_and_wait():
    p = sp.Popen(["sh", "-c", "exit 5"])
    if not isinstance(p.pid, int) or p.pid <= 0:
        raise AssertionError(p.pid)
    eq(p.args, ["sh", "-c", "exit 5"])
    eq(p.stdin, None)
    eq(p.stdout, None)
    eq(p.stderr, None)
    eq(p.wait(), 5)
    eq(p.returncode, 5)
    eq(p.wait(), 5)
    eq(p.poll(), 5)
    eq(repr(p), "<Popen: returncode: 5 args: ['sh', '-c', 'exit 5']>")


def test_poll_and_wait_timeout():
    p = sp.Popen(["sleep", "0.3"])
    eq(p.poll(), None)
    eq(repr(p), "<Popen: returncode: None args: ['sleep', '0.3']>")
    exc = raises(sp.TimeoutExpired, p.wait, timeout=0.05)
    eq(str(exc), "Command '['sleep', '0.3']' timed out after 0.05 seconds")
    eq(exc.timeout, 0.05)
    eq(p.wait(timeout=5), 0)
    eq(p.poll(), 0)
    # A zero timeout checks once.
    q = sp.Popen(["sleep", "5"])
    raises(sp.TimeoutExpired, q.wait, 0)
    q.kill()
    eq(q.wait(), -signal.SIGKILL)


def test_signal_killed_returncode():
    p = sp.Popen(["sleep", "5"])
    p.kill()
    eq(p.wait(), -9)
    exc = sp.CalledProcessError(p.returncode, p.args)
    eq(str(exc), "Command '['sleep', '5']' died with <Signals.SIGKILL: 9>.")
    p = sp.Popen(["sleep", "5"])
    p.terminate()
    eq(p.wait(), -15)
    p = sp.Popen(["sleep", "5"])
    p.send_signal(signal.SIGINT)
    eq(p.wait(), -2)
    # Signalling a finished process is a no-op.
    p.kill()
    p.terminate()
    eq(p.returncode, -2)
    exc = raises(sp.CalledProcessError, sp.run, ["sh", "-c", "kill -9 $$"],
                 check=True)
    eq(exc.returncode, -9)
    eq(str(exc), "Command '['sh', '-c', 'kill -9 $$']' died with "
                 "<Signals.SIGKILL: 9>.")


def test_pipes_binary():
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE)
    p.stdin.write(b"line one\n")
    p.stdin.flush()
    eq(p.stdout.readline(), b"line one\n")
    p.stdin.write(b"line two\n")
    p.stdin.close()
    eq(p.stdout.read(), b"line two\n")
    p.stdout.close()
    eq(p.wait(), 0)


def test_pipes_text():
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE, text=True)
    p.stdin.write("caf\u00e9\n")
    p.stdin.flush()
    eq(p.stdout.readline(), "caf\u00e9\n")
    p.stdin.close()
    eq(p.stdout.read(), "")
    p.stdout.close()
    p.wait()
    p = sp.Popen(["printf", "a\\r\\nb\\rc"], stdout=sp.PIPE,
                 universal_newlines=True)
    eq(list(p.stdout), ["a\n", "b\n", "c"])
    p.stdout.close()
    p.wait()
    eq(p.universal_newlines, True)
    eq(p.text_mode, True)


def test_line_buffered_stdin():
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE, text=True,
                 bufsize=1)
    p.stdin.write("no flush needed\n")
    eq(p.stdout.readline(), "no flush needed\n")
    p.stdin.close()
    p.stdout.close()
    p.wait()


def test_unbuffered():
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE, bufsize=0)
    eq(p.stdin.write(b"abc"), 3)
    eq(p.stdout.read(3), b"abc")
    p.stdin.close()
    p.stdout.close()
    p.wait()


def test_communicate_simple():
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.PIPE)
    eq(p.communicate(b"data"), (b"data", b""))
    eq(p.returncode, 0)
    p = sp.Popen(["echo", "x"], stdout=sp.PIPE)
    eq(p.communicate(), (b"x\n", None))
    p = sp.Popen(["sh", "-c", "echo x >&2"], stderr=sp.PIPE)
    eq(p.communicate(), (None, b"x\n"))
    p = sp.Popen(["cat"], stdin=sp.PIPE)
    eq(p.communicate(b""), (None, None))
    p = sp.Popen(["true"])
    eq(p.communicate(), (None, None))
    eq(p.communicate(timeout=1), (None, None))
    p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE, text=True)
    eq(p.communicate("t\u00e9xt\r\n"), ("t\u00e9xt\n", None))


def _check_big(out, err, size):
    eq(len(out), size, "stdout length")
    eq(len(err), size, "stderr length")
    eq(out.count(b"o"), size, "stdout content")
    eq(err.count(b"e"), size, "stderr content")


def test_communicate_big_both_pipes():
    # stderr is written first: reading stdout to the end before looking at
    # stderr would deadlock.
    script = ("head -c %d /dev/zero | tr '\\0' e >&2; "
              "head -c %d /dev/zero | tr '\\0' o" % (MB, MB))
    p = sp.Popen(["sh", "-c", script], stdout=sp.PIPE, stderr=sp.PIPE)
    out, err = p.communicate(timeout=60)
    _check_big(out, err, MB)
    eq(p.returncode, 0)
    script = ("head -c %d /dev/zero | tr '\\0' o; "
              "head -c %d /dev/zero | tr '\\0' e >&2" % (MB, MB))
    r = sp.run(["sh", "-c", script], capture_output=True)
    _check_big(r.stdout, r.stderr, MB)
    # Both at once, interleaved.
    script = ("head -c %d /dev/zero | tr '\\0' o & "
              "head -c %d /dev/zero | tr '\\0' e >&2; wait" % (MB, MB))
    r = sp.run(["sh", "-c", script], capture_output=True)
    _check_big(r.stdout, r.stderr, MB)


def test_communicate_big_input_and_outputs():
    # The child writes 1 MB to stderr before reading its input, then
    # echoes 1 MB of input: input must be fed while stderr is drained.
    data = b"i" * MB
    script = "head -c %d /dev/zero | tr '\\0' e >&2; cat" % MB
    p = sp.Popen(["sh", "-c", script], stdin=sp.PIPE, stdout=sp.PIPE,
                 stderr=sp.PIPE)
    out, err = p.communicate(data)
    eq(len(out), MB)
    eq(out == data, True, "echoed input")
    eq(len(err), MB)
    r = sp.run(["cat"], input="x" * MB, capture_output=True, text=True)
    eq(len(r.stdout), MB)


def test_communicate_big_single_pipe():
    r = sp.run(["head", "-c", str(2 * MB), "/dev/zero"], stdout=sp.PIPE)
    eq(len(r.stdout), 2 * MB)
    r = sp.run(["wc", "-c"], input=b"z" * (2 * MB), stdout=sp.PIPE)
    eq(int(r.stdout.strip()), 2 * MB)


def test_communicate_timeout_then_resume():
    p = sp.Popen(["sh", "-c", "echo first; sleep 0.5; echo second"],
                 stdout=sp.PIPE, stderr=sp.PIPE)
    exc = raises(sp.TimeoutExpired, p.communicate, timeout=0.2)
    eq(exc.stdout, b"first\n")
    eq(exc.stderr, None)
    eq(exc.timeout, 0.2)
    out, err = p.communicate(timeout=10)
    eq(out, b"first\nsecond\n")
    eq(err, b"")
    eq(p.returncode, 0)
    exc = raises(ValueError, p.communicate, b"late input")
    eq(str(exc), "Cannot send input after starting communication")


def test_communicate_timeout_with_input():
    p = sp.Popen(["sh", "-c", "cat; sleep 0.5"], stdin=sp.PIPE,
                 stdout=sp.PIPE, text=True)
    exc = raises(sp.TimeoutExpired, p.communicate, "abc", timeout=0.2)
    eq(exc.stdout, b"abc")
    out, err = p.communicate()
    eq(out, "abc")
    eq(err, None)


def test_context_manager():
    with sp.Popen(["sh", "-c", "cat; echo err >&2"], stdin=sp.PIPE,
                  stdout=sp.PIPE, stderr=sp.PIPE) as p:
        eq(p.__enter__() is p, True)
        p.stdin.write(b"abc")
        p.stdin.close()
        eq(p.stdout.read(), b"abc")
    eq(p.returncode, 0)
    eq(p.stdout.closed, True)
    eq(p.stderr.closed, True)
    eq(p.stdin.closed, True)
    with sp.Popen(["sh", "-c", "exit 3"]) as p:
        pass
    eq(p.returncode, 3)
    # The child is waited for even when the body raises.
    try:
        with sp.Popen(["sleep", "0.1"]) as p:
            raise KeyError("boom")
    except KeyError:
        pass
    eq(p.returncode, 0)


def test_missing_program_closes_pipes():
    before = _open_fds()
    for _ in range(5):
        raises(FileNotFoundError, sp.Popen, ["no-such-program-pyg"],
               stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.PIPE)
    raises(FileNotFoundError, sp.Popen, ["true"], cwd="/no/such/dir",
           stdout=sp.DEVNULL)
    after = _open_fds()
    if before is not None and after != before:
        raise AssertionError("descriptors leaked: %r -> %r"
                             % (before, after))


def _open_fds():
    try:
        return sorted(int(n) for n in os.listdir("/proc/self/fd"))[:-1]
    except (OSError, AttributeError):
        return None


def test_no_fd_leak():
    before = _open_fds()
    for _ in range(10):
        sp.run(["cat"], input=b"x", capture_output=True)
        sp.run(["true"], stdin=sp.DEVNULL, stdout=sp.DEVNULL,
               stderr=sp.DEVNULL)
        with sp.Popen(["echo"], stdout=sp.PIPE) as p:
            p.stdout.read()
    after = _open_fds()
    if before is not None and after != before:
        raise AssertionError("descriptors leaked: %r -> %r"
                             % (before, after))


def test_close_fds_and_pass_fds():
    r, w = os.pipe()
    try:
        script = "echo hi >&%d" % w
        # close_fds=True (the default): the descriptor is gone in the child.
        res = sp.run(["sh", "-c", "{ %s; } 2>/dev/null || echo closed"
                      % script],
                     stdout=sp.PIPE)
        eq(res.stdout, b"closed\n")
        res = sp.run(["sh", "-c", script], pass_fds=[w])
        eq(res.returncode, 0)
        eq(os.read(r, 100), b"hi\n")
    finally:
        os.close(r)
        os.close(w)


def test_start_new_session():
    r = sp.run(["sh", "-c", "ps -o sid= -p $$"], stdout=sp.PIPE,
               start_new_session=True)
    if r.returncode == 0 and r.stdout.strip():
        p = sp.Popen(["sh", "-c", "ps -o sid= -p $$"], stdout=sp.PIPE,
                     start_new_session=True)
        out = p.communicate()[0]
        eq(int(out), p.pid)


def test_stdout_stderr_swap_safety():
    # stderr sent to our fd 1 while stdout is a pipe: the child's fd 2
    # must be our original stdout, not the pipe.
    r, w = os.pipe()
    saved = os.dup(1)
    try:
        os.dup2(w, 1)
        res = sp.run(["sh", "-c", "echo to-out; echo to-err >&2"],
                     stdout=sp.PIPE, stderr=1)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(w)
    eq(res.stdout, b"to-out\n")
    eq(os.read(r, 100), b"to-err\n")
    os.close(r)


def test_concurrent_waiters():
    p = sp.Popen(["sleep", "0.3"])
    codes = []

    def waiter():
        codes.append(p.wait())

    threads = [threading.Thread(target=waiter) for _ in range(3)]
    for t in threads:
        t.start()
    while p.poll() is None:
        time.sleep(0.01)
    for t in threads:
        t.join(10)
    eq(codes, [0, 0, 0])


def test_many_in_parallel():
    procs = [sp.Popen(["sh", "-c", "echo %d" % i], stdout=sp.PIPE)
             for i in range(20)]
    outs = [p.communicate()[0] for p in procs]
    eq(outs, [b"%d\n" % i for i in range(20)])


def test_threads_running_children():
    results = {}

    def work(i):
        results[i] = sp.check_output(["sh", "-c", "echo $0", str(i)])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    eq(results, {i: b"%d\n" % i for i in range(8)})


def test_unsupported_arguments():
    # What _pygil_spawn cannot do is refused rather than ignored.
    if _real():
        return
    raises(NotImplementedError, sp.Popen, ["true"], preexec_fn=os.getpid)
    raises(NotImplementedError, sp.Popen, ["true"], user=0)
    raises(NotImplementedError, sp.Popen, ["true"], umask=0o22)
    raises(NotImplementedError, sp.Popen, ["true"], process_group=0)
    exc = raises(ValueError, sp.Popen, ["true"], startupinfo=object())
    eq(str(exc), "startupinfo is only supported on Windows platforms")


def _real():
    import harness
    return harness.REAL is not None and sp is harness.REAL


if __name__ == "__main__":
    main(globals())
