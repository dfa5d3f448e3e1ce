"""Run the pure-Python stdlib tests against CPython's behaviour.

Usage:  python3 -S -I lib/tests_stdlib_a/run_tests.py [test_name ...]
Exits non-zero on any failure.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import harness  # noqa: E402

harness.setup()

TESTS = ['test_operator', 'test_functools', 'test_collections', 'test_abc',
         'test_itertools', 'test_heapq_bisect', 'test_copy', 'test_string',
         'test_textwrap', 'test_reprlib', 'test_posixpath', 'test_fnmatch',
         'test_small', 'test_integration']


def main(selected):
    errors = []
    for name in selected or TESTS:
        print('==', name)
        try:
            module = __import__(name)
            module.run()
        except Exception:              # noqa: BLE001
            import traceback
            traceback.print_exc()
            errors.append(name)
    print('%d checks, %d failures, %d crashed test files'
          % (harness.COUNT[0], len(harness.FAILURES), len(errors)))
    if harness.FAILURES or errors:
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
