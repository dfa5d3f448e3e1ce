"""Replay the cases record.py wrote (with CPython's results) under pygil:

    python3 lib/tests_struct/record.py /tmp/struct_cases.txt
    target/release/pygil lib/tests_struct/replay.py /tmp/struct_cases.txt

Prints "N passed, N failed"; exits non-zero on any failure.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import run  # noqa: E402


def main():
    verbose = '-v' in sys.argv
    passed = failed = 0
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            call, fmt, args, want = eval(line)
            got = run(call, fmt, args)
            if got == want:
                passed += 1
            else:
                failed += 1
                if verbose or failed <= 40:
                    print('FAIL %s(%r, %r)\n   want %r\n   got  %r' % (call, fmt, args, want, got))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
