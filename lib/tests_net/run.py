"""Runner for the I/O and networking tests.

Usage: python3 -S -I lib/tests_net/run.py [-v] [name-substring ...]
Prints one line per failure and closes with 'N passed, N failed';
exits 1 when anything failed.
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import harness  # noqa: E402

harness.load()

import threading  # noqa: E402

try:
    import traceback  # noqa: E402
except ImportError:       # an interpreter without the traceback module
    traceback = None


def _print_failure():
    if traceback is not None:
        traceback.print_exc(file=sys.stdout)
    else:
        sys.excepthook(*sys.exc_info())

TEST_MODULES = ["test_io", "test_socket", "test_selectors", "test_base64",
                "test_html", "test_mimetypes", "test_urlparse",
                "test_http_client", "test_socketserver", "test_http_server",
                "test_urllib_request"]

WATCHDOG_SECONDS = 600


def _watchdog():
    time.sleep(WATCHDOG_SECONDS)
    sys.stderr.write("tests_net: watchdog expired after %ds, aborting\n"
                     % WATCHDOG_SECONDS)
    sys.stderr.flush()
    os._exit(3)


def main(argv):
    verbose = "-v" in argv
    filters = [a for a in argv if not a.startswith("-")]
    t = threading.Thread(target=_watchdog, daemon=True)
    t.start()
    passed = failed = 0
    for modname in TEST_MODULES:
        if not os.path.exists(os.path.join(HERE, modname + ".py")):
            continue
        mod = __import__(modname)
        for name in sorted(vars(mod)):
            if not name.startswith("test_"):
                continue
            full = "%s.%s" % (modname, name)
            if filters and not any(f in full for f in filters):
                continue
            func = getattr(mod, name)
            start = time.time()
            try:
                func()
            except Exception:
                failed += 1
                print("FAIL %s" % full)
                _print_failure()
            else:
                passed += 1
                if verbose:
                    print("ok   %s (%.2fs)" % (full, time.time() - start))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
