"""Exceptions, reprs, constants and list2cmdline.  Expected strings were
recorded from CPython 3.11; under CPython they are also compared with
CPython's own subprocess module."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402
from harness import sp, eq, raises, main  # noqa: E402


def test_constants():
    eq((sp.PIPE, sp.STDOUT, sp.DEVNULL), (-1, -2, -3))
    eq(sp.__all__, ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call',
                    'getstatusoutput', 'getoutput', 'check_output', 'run',
                    'CalledProcessError', 'DEVNULL', 'SubprocessError',
                    'TimeoutExpired', 'CompletedProcess'])
    eq(issubclass(sp.SubprocessError, Exception), True)
    eq(issubclass(sp.CalledProcessError, sp.SubprocessError), True)
    eq(issubclass(sp.TimeoutExpired, sp.SubprocessError), True)


def test_called_process_error():
    e = sp.CalledProcessError(1, "c", "o", "e")
    eq(repr(e), "CalledProcessError(1, 'c', 'o', 'e')")
    eq(str(e), "Command 'c' returned non-zero exit status 1.")
    eq((e.returncode, e.cmd, e.output, e.stdout, e.stderr),
       (1, "c", "o", "o", "e"))
    e.stdout = "new"
    eq(e.output, "new")
    e = sp.CalledProcessError(1, "c", output="o")
    eq(repr(e), "CalledProcessError(1, 'c')")
    eq(e.stderr, None)
    eq(str(sp.CalledProcessError(0, "c")),
       "Command 'c' returned non-zero exit status 0.")
    eq(str(sp.CalledProcessError(2, ["ls", "-l"])),
       "Command '['ls', '-l']' returned non-zero exit status 2.")
    eq(str(sp.CalledProcessError(-9, ["x"])),
       "Command '['x']' died with <Signals.SIGKILL: 9>.")
    eq(str(sp.CalledProcessError(-6, ["x"])),
       "Command '['x']' died with <Signals.SIGABRT: 6>.")
    eq(str(sp.CalledProcessError(-17, ["x"])),
       "Command '['x']' died with <Signals.SIGCHLD: 17>.")
    eq(str(sp.CalledProcessError(-15, "x")),
       "Command 'x' died with <Signals.SIGTERM: 15>.")
    eq(str(sp.CalledProcessError(-99, "x")),
       "Command 'x' died with unknown signal 99.")
    try:
        raise sp.CalledProcessError(3, "cmd")
    except sp.SubprocessError as exc:
        eq(exc.args, (3, "cmd"))


def test_timeout_expired():
    e = sp.TimeoutExpired(["a"], 1.5, output=b"x")
    eq(repr(e), "TimeoutExpired(['a'], 1.5)")
    eq(str(e), "Command '['a']' timed out after 1.5 seconds")
    eq((e.cmd, e.timeout, e.output, e.stdout, e.stderr),
       (["a"], 1.5, b"x", b"x", None))
    e.stdout = b"y"
    eq(e.output, b"y")
    eq(str(sp.TimeoutExpired("c", 2)),
       "Command 'c' timed out after 2 seconds")


def test_completed_process():
    eq(repr(sp.CompletedProcess("a", 0, None, "b")),
       "CompletedProcess(args='a', returncode=0, stderr='b')")
    eq(repr(sp.CompletedProcess(["a"], 1, b"", None)),
       "CompletedProcess(args=['a'], returncode=1, stdout=b'')")
    c = sp.CompletedProcess(["x"], 2, "out", "err")
    exc = raises(sp.CalledProcessError, c.check_returncode)
    eq((exc.returncode, exc.cmd, exc.output, exc.stderr),
       (2, ["x"], "out", "err"))
    alias = sp.CompletedProcess[bytes]
    eq(alias.__origin__ is sp.CompletedProcess, True)
    eq(alias.__args__, (bytes,))
    eq(sp.Popen[str].__args__, (str,))


def test_popen_repr_truncated():
    p = sp.Popen(["echo"] + ["x" * 10] * 10, stdout=sp.DEVNULL)
    p.wait()
    eq(repr(p), "<Popen: returncode: 0 args: ['echo', 'xxxxxxxxxx', "
                "'xxxxxxxxxx', 'xxxxxxxxxx...>")


LIST2CMDLINE_CASES = [
    (["a", "b c"], 'a "b c"'),
    (["", ""], '"" ""'),
    (['a"b'], 'a\\"b'),
    (["a\\\\b"], "a\\\\b"),
    (["a\\\\", "b c\\\\"], 'a\\\\ "b c\\\\\\\\"'),
    (['x\\\\"y'], 'x\\\\\\\\\\"y'),
    (["tab\there"], '"tab\there"'),
    ([b"bytes arg", "x"], '"bytes arg" x'),
    (['\\\\"'], '\\\\\\\\\\"'),
    (["ab\\\\\\\\"], "ab\\\\\\\\"),
    (['"'], '\\"'),
    (["a b", "c", "d e f"], '"a b" c "d e f"'),
    ([], ""),
]


def test_list2cmdline():
    for seq, want in LIST2CMDLINE_CASES:
        eq(sp.list2cmdline(seq), want, repr(seq))
    if harness.REAL is not None:
        import random
        rng = random.Random(1234)
        alphabet = 'ab \t"\\'
        for _ in range(2000):
            seq = ["".join(rng.choice(alphabet)
                           for _ in range(rng.randrange(6)))
                   for _ in range(rng.randrange(4))]
            eq(sp.list2cmdline(seq), harness.REAL.list2cmdline(seq),
               repr(seq))


if __name__ == "__main__":
    main(globals())
