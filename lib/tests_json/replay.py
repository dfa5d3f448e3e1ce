"""Replay the cases record.py wrote (with CPython's results) under pygil:

    python3 lib/tests_json/record.py /tmp/json_cases.txt
    target/release/pygil lib/tests_json/replay.py /tmp/json_cases.txt [-v]

Prints "N passed, N failed"; exits non-zero on any failure.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import NAMES, run  # noqa: E402


def main():
    verbose = '-v' in sys.argv
    passed = failed = 0
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            kind, payload, opts, want = eval(line, dict(NAMES))
            got = run(kind, payload, opts)
            if got == want:
                passed += 1
            else:
                failed += 1
                if verbose or failed <= 30:
                    print('FAIL %s %r %r\n   want %r\n   got  %r' % (kind, payload, opts, want, got))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
