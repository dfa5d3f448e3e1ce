"""Run every test module of this directory.

    python3 lib/tests_subprocess/run_all.py [-v] [name-substring ...]
    target/release/pygil lib/tests_subprocess/run_all.py [-v] [...]

Prints one block per failure and closes with 'N passed, N failed';
exits 1 when anything failed.
"""

import os
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import harness  # noqa: E402

MODULES = ["test_messages", "test_run", "test_popen"]


def main():
    threading.Thread(target=harness._watchdog, daemon=True).start()
    total_passed = total_failed = 0
    for name in MODULES:
        module = __import__(name)
        passed, failed = harness.run_tests(vars(module), quiet=True)
        print("%-15s %d passed, %d failed" % (name, passed, failed))
        total_passed += passed
        total_failed += failed
    print("%d passed, %d failed" % (total_passed, total_failed))
    sys.stdout.flush()
    sys.exit(1 if total_failed else 0)


if __name__ == "__main__":
    main()
