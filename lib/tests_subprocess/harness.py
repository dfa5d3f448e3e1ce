"""Load the subprocess module under test and run test functions.

Under pygil, lib/subprocess.py is read from the file and run as module
`subprocess` (TESTS_SUBPROCESS_FROZEN=1 uses the copy built into the
binary instead), and the native _pygil_spawn is used.  Under CPython, lib/subprocess.py is loaded by path
as `pyg_subprocess`, after a shim for _pygil_spawn (spawn_shim.py, built
on os.fork/os.execve) has been put into sys.modules; CPython's own
subprocess module stays available as harness.REAL for comparisons.

TESTS_SUBPROCESS_REFERENCE=1 python3 test_x.py runs a suite against
CPython's own subprocess instead, to check the expectations.
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

CPYTHON = sys.implementation.name == "cpython"
REAL = None


def load():
    global REAL
    if "pyg_subprocess" in sys.modules:
        return sys.modules["pyg_subprocess"]
    if not CPYTHON:
        if os.environ.get("TESTS_SUBPROCESS_FROZEN"):
            # The copy of lib/subprocess.py built into the binary.
            import subprocess
        else:
            # The binary embeds lib/ when it is built; load the file as it
            # is now, so the tests see the current source.
            import types
            path = os.path.join(LIB, "subprocess.py")
            with open(path) as f:
                source = f.read()
            subprocess = types.ModuleType("subprocess")
            subprocess.__file__ = path
            sys.modules["subprocess"] = subprocess
            exec(compile(source, path, "exec"), subprocess.__dict__)
        sys.modules["pyg_subprocess"] = subprocess
        return subprocess
    import importlib.util
    import subprocess as real
    REAL = real
    if os.environ.get("TESTS_SUBPROCESS_REFERENCE"):
        # Run the suite against CPython's own subprocess, to check the
        # tests' expectations themselves.
        sys.modules["pyg_subprocess"] = real
        return real
    if "_pygil_spawn" not in sys.modules:
        import spawn_shim
        sys.modules["_pygil_spawn"] = spawn_shim
    spec = importlib.util.spec_from_file_location(
        "pyg_subprocess", os.path.join(LIB, "subprocess.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules["pyg_subprocess"] = module
    spec.loader.exec_module(module)
    return module


sp = load()


def eq(got, want, what=""):
    if got != want:
        raise AssertionError("%s: got %r, want %r" % (what or "value",
                                                      got, want))


def raises(exc_type, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc_type as exc:
        return exc
    raise AssertionError("%s not raised" % exc_type.__name__)


WATCHDOG_SECONDS = 300


def _watchdog():
    time.sleep(WATCHDOG_SECONDS)
    sys.stderr.write("tests_subprocess: watchdog expired, aborting\n")
    sys.stderr.flush()
    os._exit(3)


def run_tests(namespace, argv=None, quiet=False):
    """Run the test_* functions of `namespace`; return (passed, failed)."""
    import threading
    argv = sys.argv[1:] if argv is None else argv
    filters = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    names = sorted(n for n, v in namespace.items()
                   if n.startswith("test_") and callable(v))
    passed = failed = 0
    for name in names:
        if filters and not any(f in name for f in filters):
            continue
        start = time.monotonic()
        try:
            namespace[name]()
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            failed += 1
            print("FAIL %s: %s: %s" % (name, type(exc).__name__, exc))
            try:
                import traceback
                traceback.print_exc(file=sys.stdout)
            except ImportError:
                pass
        else:
            passed += 1
            if verbose:
                print("ok   %s (%.2fs)" % (name, time.monotonic() - start))
    if not quiet:
        print("%d passed, %d failed" % (passed, failed))
    return passed, failed


def main(namespace):
    import threading
    threading.Thread(target=_watchdog, daemon=True).start()
    passed, failed = run_tests(namespace)
    sys.stdout.flush()
    sys.exit(1 if failed else 0)
