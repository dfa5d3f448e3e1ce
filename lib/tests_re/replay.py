"""Replay cases recorded by run.py (with CPython's results) against lib/re
running under pygil:

    python3 lib/tests_re/run.py --record /tmp/re_cases.txt
    target/release/pygil lib/tests_re/replay.py /tmp/re_cases.txt

Prints "N passed, N failed"; exits non-zero on any failure.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))      # lib/: its re package first

import re                                       # noqa: E402  (lib/re)
from common import run_case                     # noqa: E402


def main():
    path = sys.argv[1]
    verbose = '-v' in sys.argv
    passed = failed = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            pattern, flags, method, subject, args, want = eval(line)
            got = run_case(re, pattern, flags, method, subject, args)
            if got == want:
                passed += 1
            else:
                failed += 1
                if verbose or failed <= 40:
                    print('FAIL %r flags=%d %s(%r, %r)\n   want %r\n   got  %r'
                          % (pattern, flags, method, subject, args, want, got))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
