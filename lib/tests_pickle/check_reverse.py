"""The other direction: python3 loads the pickles pygil wrote.

    pygil lib/tests_pickle/run.py REC.json REVERSE.json
    python3 lib/tests_pickle/check_reverse.py REVERSE.json

Each pickle must give back the case's value (or, for values whose round
trip changes them, what CPython's own pickle gives). Prints
"N passed, N failed" and exits non-zero on any failure.
"""

import json
import os
import pickle
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402


def main(path):
    with open(path) as f:
        reverse = json.load(f)
    exprs = {name: (expr, check) for name, expr, check in cases.CASES}
    passed = failed = 0
    for entry in reverse:
        expr, check = exprs[entry['name']]
        value = eval(expr, vars(cases))
        for p, h in enumerate(entry['pickles']):
            if h is None:
                continue            # dumps raised; run.py compared the error
            own = pickle.loads(pickle.dumps(value, p))
            try:
                r = pickle.loads(bytes.fromhex(h))
                good = cases.same(value, r) or cases.show(r) == cases.show(own)
                if good and check:
                    good = eval(check, vars(cases), {'r': r})
            except Exception as exc:
                r = exc
                good = False
            if good:
                passed += 1
            else:
                failed += 1
                print('FAIL: %s protocol %d: %s' % (entry['name'], p,
                                                    cases.show(r)[:200]))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


main(sys.argv[1])
