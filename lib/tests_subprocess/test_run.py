"""run(), call(), check_call(), check_output(), getoutput(),
getstatusoutput().  Expected values were recorded from CPython 3.11."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import sp, eq, raises, main  # noqa: E402


def test_capture_output_bytes():
    r = sp.run(["echo", "hello"], capture_output=True)
    eq(r.returncode, 0)
    eq(r.stdout, b"hello\n")
    eq(r.stderr, b"")
    eq(r.args, ["echo", "hello"])
    eq(repr(r), "CompletedProcess(args=['echo', 'hello'], returncode=0, "
                "stdout=b'hello\\n', stderr=b'')")


def test_capture_output_text():
    r = sp.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'; echo err >&2"],
               capture_output=True, text=True)
    eq(r.stdout, "a\nb\nc\n")
    eq(r.stderr, "err\n")
    r = sp.run(["printf", "x\\n"], capture_output=True,
               universal_newlines=True)
    eq(r.stdout, "x\n")


def test_encoding_errors():
    r = sp.run(["printf", "caf\\303\\251 \\377"], capture_output=True,
               encoding="utf-8", errors="replace")
    eq(r.stdout, "caf\u00e9 \ufffd")
    r = sp.run(["printf", "\\351t\\351"], stdout=sp.PIPE,
               encoding="latin-1")
    eq(r.stdout, "\u00e9t\u00e9")
    r = sp.run(["cat"], input="\u00e9\u00e9", stdout=sp.PIPE,
               encoding="utf-16")
    eq(r.stdout, "\u00e9\u00e9")


def test_no_capture():
    r = sp.run(["true"])
    eq(r.stdout, None)
    eq(r.stderr, None)
    eq(repr(r), "CompletedProcess(args=['true'], returncode=0)")
    eq(sp.run(["false"]).returncode, 1)


def test_check_raises():
    exc = raises(sp.CalledProcessError, sp.run, ["sh", "-c", "echo out; "
                 "echo err >&2; exit 3"], capture_output=True, check=True)
    eq(exc.returncode, 3)
    eq(exc.cmd, ["sh", "-c", "echo out; echo err >&2; exit 3"])
    eq(exc.output, b"out\n")
    eq(exc.stdout, b"out\n")
    eq(exc.stderr, b"err\n")
    eq(str(exc), "Command '['sh', '-c', 'echo out; echo err >&2; exit 3']' "
                 "returned non-zero exit status 3.")
    r = sp.run(["false"])
    exc = raises(sp.CalledProcessError, r.check_returncode)
    eq(str(exc), "Command '['false']' returned non-zero exit status 1.")
    eq(sp.run(["true"]).check_returncode(), None)


def test_input_piping():
    r = sp.run(["cat"], input=b"some input\n", capture_output=True)
    eq(r.stdout, b"some input\n")
    r = sp.run(["tr", "a-z", "A-Z"], input="abc", stdout=sp.PIPE, text=True)
    eq(r.stdout, "ABC")
    r = sp.run(["wc", "-c"], input=bytearray(b"12345"), stdout=sp.PIPE)
    eq(r.stdout.strip(), b"5")
    # The child exits without reading: the input is dropped quietly.
    r = sp.run(["true"], input=b"x" * 200000)
    eq(r.returncode, 0)
    r = sp.run(["true"], input=b"x" * 200000, stdout=sp.PIPE)
    eq(r.returncode, 0)


def test_argument_errors():
    exc = raises(ValueError, sp.run, ["cat"], input=b"x", stdin=sp.PIPE)
    eq(str(exc), "stdin and input arguments may not both be used.")
    exc = raises(ValueError, sp.run, ["true"], capture_output=True,
                 stdout=sp.PIPE)
    eq(str(exc), "stdout and stderr arguments may not be used with "
                 "capture_output.")
    exc = raises(ValueError, sp.check_output, ["true"], stdout=sp.PIPE)
    eq(str(exc), "stdout argument not allowed, it will be overridden.")
    exc = raises(sp.SubprocessError, sp.Popen, ["true"], text=True,
                 universal_newlines=False)
    eq(str(exc), "Cannot disambiguate when both text and universal_newlines "
                 "are supplied but different. Pass one or the other.")
    raises(TypeError, sp.Popen, ["true"], bufsize="x")


def test_stderr_to_stdout():
    r = sp.run(["sh", "-c", "echo one; echo two >&2; echo three"],
               stdout=sp.PIPE, stderr=sp.STDOUT)
    eq(r.stdout, b"one\ntwo\nthree\n")
    eq(r.stderr, None)


def test_devnull():
    r = sp.run(["sh", "-c", "echo out; echo err >&2"],
               stdout=sp.DEVNULL, stderr=sp.DEVNULL)
    eq(r.returncode, 0)
    eq(r.stdout, None)
    r = sp.run(["cat"], stdin=sp.DEVNULL, stdout=sp.PIPE)
    eq(r.stdout, b"")
    r = sp.run(["sh", "-c", "echo out; echo err >&2"], stdout=sp.DEVNULL,
               stderr=sp.PIPE)
    eq(r.stderr, b"err\n")


def test_shell():
    r = sp.run("echo $((6 * 7)) | tr 4 X", shell=True, capture_output=True)
    eq(r.stdout, b"X2\n")
    eq(r.args, "echo $((6 * 7)) | tr 4 X")
    r = sp.run(["echo \"$0\" \"$1\"", "zero", "one"], shell=True,
               stdout=sp.PIPE, text=True)
    eq(r.stdout, "zero one\n")
    eq(sp.run("exit 7", shell=True).returncode, 7)


def test_env_and_cwd():
    r = sp.run(["sh", "-c", "echo \"$FOO:$BAR\""],
               env={"FOO": "foo", "BAR": "b a r", "PATH": "/usr/bin:/bin"},
               stdout=sp.PIPE)
    eq(r.stdout, b"foo:b a r\n")
    r = sp.run(["env"], env={"ONLY": "1"}, stdout=sp.PIPE)
    eq(r.stdout, b"ONLY=1\n")
    r = sp.run(["/bin/sh", "-c", "echo $X"], env={b"X": b"bytes"},
               stdout=sp.PIPE)
    eq(r.stdout, b"bytes\n")
    # Without env the child inherits ours.
    os.environ["PYG_SUBPROCESS_TEST"] = "inherited"
    try:
        r = sp.run(["sh", "-c", "echo $PYG_SUBPROCESS_TEST"],
                   stdout=sp.PIPE)
        eq(r.stdout, b"inherited\n")
    finally:
        del os.environ["PYG_SUBPROCESS_TEST"]
    r = sp.run(["pwd"], cwd="/", stdout=sp.PIPE)
    eq(r.stdout, b"/\n")
    r = sp.run(["pwd"], cwd=b"/tmp", stdout=sp.PIPE)
    eq(os.path.realpath(r.stdout.strip().decode()),
       os.path.realpath("/tmp"))
    exc = raises(ValueError, sp.run, ["true"], env={"A=B": "1"})
    eq(str(exc), "illegal environment variable name")
    raises(ValueError, sp.run, ["true"], env={"A": "1\0"})


def test_path_lookup_uses_env_path():
    # A bare name is looked up in the PATH of `env` when it is given.
    r = sp.run(["sh", "-c", "echo ok"], env={"PATH": "/nonexistent:/bin"},
               stdout=sp.PIPE)
    eq(r.stdout, b"ok\n")
    exc = raises(FileNotFoundError, sp.run, ["sh", "-c", "true"],
                 env={"PATH": "/nonexistent"})
    eq(exc.filename, "sh")


def test_timeout_kills():
    start = time.monotonic()
    exc = raises(sp.TimeoutExpired, sp.run, ["sleep", "5"], timeout=0.3)
    took = time.monotonic() - start
    if took > 3:
        raise AssertionError("timeout took %.2fs" % took)
    eq(exc.cmd, ["sleep", "5"])
    eq(exc.stdout, None)
    start = time.monotonic()
    exc = raises(sp.TimeoutExpired, sp.run, ["sh", "-c", "echo hi; exec "
                 "sleep 5"], timeout=0.5, capture_output=True, text=True)
    if time.monotonic() - start > 3:
        raise AssertionError("timeout too slow")
    eq(str(exc), "Command '['sh', '-c', 'echo hi; exec sleep 5']' timed out "
                 "after 0.5 seconds")
    eq(exc.timeout, 0.5)
    # Like CPython on POSIX: the output gathered so far, as bytes.
    eq(exc.stdout, b"hi\n")
    eq(exc.output, b"hi\n")
    eq(exc.stderr, None)


def test_call_and_check_call():
    eq(sp.call(["true"]), 0)
    eq(sp.call("exit 4", shell=True), 4)
    eq(sp.check_call(["true"]), 0)
    exc = raises(sp.CalledProcessError, sp.check_call, ["sh", "-c",
                                                        "exit 2"])
    eq(str(exc), "Command '['sh', '-c', 'exit 2']' returned non-zero exit "
                 "status 2.")
    eq(exc.output, None)
    exc = raises(sp.CalledProcessError, sp.check_call, args="exit 9",
                 shell=True)
    eq(exc.cmd, "exit 9")
    raises(sp.TimeoutExpired, sp.call, ["sleep", "5"], timeout=0.2)


def test_check_output():
    eq(sp.check_output(["echo", "out"]), b"out\n")
    eq(sp.check_output(["echo", "out"], text=True), "out\n")
    eq(sp.check_output("echo a; echo b >&2", shell=True,
                       stderr=sp.STDOUT), b"a\nb\n")
    eq(sp.check_output(["cat"], input=b"fed"), b"fed")
    # input=None gives the child an empty stdin, not ours.
    eq(sp.check_output(["cat"], input=None), b"")
    eq(sp.check_output(["cat"], input=None, text=True), "")
    exc = raises(sp.CalledProcessError, sp.check_output,
                 ["sh", "-c", "echo partial; exit 1"])
    eq(exc.output, b"partial\n")
    eq(exc.returncode, 1)
    exc = raises(sp.TimeoutExpired, sp.check_output, ["sleep", "5"],
                 timeout=0.2)
    eq(exc.cmd, ["sleep", "5"])


def test_getstatusoutput():
    eq(sp.getstatusoutput("echo hello"), (0, "hello"))
    eq(sp.getstatusoutput("echo out; echo err >&2; exit 3"),
       (3, "out\nerr"))
    eq(sp.getstatusoutput("printf 'x\\n\\n'"), (0, "x\n"))
    status, out = sp.getstatusoutput("nonexistent-command-pyg")
    eq(status, 127)
    if "not found" not in out:
        raise AssertionError(out)
    eq(sp.getoutput("echo a; echo b"), "a\nb")
    eq(sp.getoutput("true"), "")


def test_missing_program():
    exc = raises(FileNotFoundError, sp.run, ["nonexistent-program-pyg"])
    eq(exc.errno, 2)
    eq(exc.filename, "nonexistent-program-pyg")
    eq(str(exc), "[Errno 2] No such file or directory: "
                 "'nonexistent-program-pyg'")
    exc = raises(FileNotFoundError, sp.Popen, ["/no/such/prog"],
                 stdout=sp.PIPE, stderr=sp.PIPE, stdin=sp.PIPE)
    eq(exc.filename, "/no/such/prog")
    exc = raises(FileNotFoundError, sp.run, ["pwd"], cwd="/no/such/dir")
    eq(exc.filename, "/no/such/dir")
    exc = raises(PermissionError, sp.run, ["/tmp"])
    eq(exc.errno, 13)
    exc = raises(FileNotFoundError, sp.run, ["ignored"],
                 executable="/no/such/exe")
    eq(exc.filename, "/no/such/exe")


def test_executable_argument():
    r = sp.run(["my-name", "-c", "echo $0"], executable="/bin/sh",
               stdout=sp.PIPE)
    eq(r.stdout, b"my-name\n")
    r = sp.run("echo $0", shell=True, executable="/bin/sh", stdout=sp.PIPE)
    eq(r.stdout, b"/bin/sh\n")


def test_str_and_bytes_and_pathlike_args():
    eq(sp.run("true").returncode, 0)
    eq(sp.run(b"true").returncode, 0)
    eq(sp.run([b"echo", b"x"], stdout=sp.PIPE).stdout, b"x\n")

    class P:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return self.p

    eq(sp.run([P("/bin/echo"), "y"], stdout=sp.PIPE).stdout, b"y\n")
    eq(sp.run(P("/bin/true")).returncode, 0)


def _scratch_file(tag):
    """A fresh read/write binary file object (tempfile may be missing)."""
    import io
    path = "/tmp/pyg_subprocess_%d_%s" % (os.getpid(), tag)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    os.unlink(path)
    return io.open(fd, "w+b")


def test_file_objects_and_fds():
    with _scratch_file("a") as f:
        sp.run(["echo", "to file"], stdout=f)
        f.seek(0)
        eq(f.read(), b"to file\n")
    with _scratch_file("b") as f:
        sp.run(["sh", "-c", "echo e >&2"], stderr=f.fileno())
        f.seek(0)
        eq(f.read(), b"e\n")
    with _scratch_file("c") as f:
        f.write(b"from file")
        f.flush()
        f.seek(0)
        eq(sp.run(["cat"], stdin=f, stdout=sp.PIPE).stdout, b"from file")
    with _scratch_file("d") as f:
        # stdout to a file, stderr to the same place via STDOUT.
        sp.run(["sh", "-c", "echo 1; echo 2 >&2"], stdout=f,
               stderr=sp.STDOUT)
        f.seek(0)
        eq(f.read(), b"1\n2\n")


if __name__ == "__main__":
    main(globals())
