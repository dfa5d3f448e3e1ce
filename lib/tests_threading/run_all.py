"""Run every test_*.py in this directory under CPython with pygil's
threading, queue and concurrent.futures substituted (see _harness.py).

    python3 lib/tests_threading/run_all.py [python-executable]

Each script runs in its own ``python3 -S -I`` process with a time limit.
Exit status 0 if all scripts pass.
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT = 300   # seconds per script


def main():
    python = sys.argv[1] if len(sys.argv) > 1 else sys.executable
    scripts = sorted(n for n in os.listdir(HERE)
                     if n.startswith('test_') and n.endswith('.py'))
    failed = []
    for name in scripts:
        start = time.monotonic()
        try:
            proc = subprocess.run([python, '-S', '-I',
                                   os.path.join(HERE, name)],
                                  capture_output=True, text=True,
                                  timeout=LIMIT)
            ok = proc.returncode == 0
            output = proc.stdout + proc.stderr
        except subprocess.TimeoutExpired as e:
            ok = False
            output = "TIMEOUT after %ds\n%s" % (LIMIT, e.stdout or "")
        took = time.monotonic() - start
        print("%s %s (%.1fs)" % ("PASS" if ok else "FAIL", name, took))
        if not ok:
            failed.append(name)
            print(output)
    print("%d scripts, %d failed" % (len(scripts), len(failed)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
