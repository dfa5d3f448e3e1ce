"""Record CPython's pickles of the values in cases.py.

Run with CPython 3.11:  python3 lib/tests_pickle/record.py OUT.json

For every case and protocol 0-5 the file holds pickle.dumps' bytes (hex)
and the value's signature (sharing and set order); for ERRORS and
ERRORS_LOADS the exception CPython raises; RAW pickles are checked here
against their expected values. run.py replays the file under pygil.
"""

import json
import os
import pickle
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402


def describe(exc):
    msg = str(exc)
    if re.search(r'0x[0-9a-f]+', msg):
        msg = None                  # holds an address: compare the type only
    return {'type': type(exc).__name__, 'msg': msg}


def main(out_path):
    data = {'cases': [], 'errors': [], 'raw': [], 'errors_loads': []}
    for name, expr, check in cases.CASES:
        value = eval(expr, vars(cases))
        # Per protocol: the pickle's hex, or the error dumps raises.
        pickles = []
        for p in range(6):
            try:
                pickles.append(pickle.dumps(value, p).hex())
            except Exception as exc:
                pickles.append(describe(exc))
        # What loads gives when it is not the value itself (Python 3 names
        # that protocols 0-2 write as their Python 2 base class).
        loaded = []
        for p, h in enumerate(pickles):
            if not isinstance(h, str):
                loaded.append(None)
                continue
            r = pickle.loads(bytes.fromhex(h))
            if cases.same(value, r):
                loaded.append(None)
            else:
                loaded.append(cases.show(r))
            if check:
                assert eval(check, vars(cases), {'r': r}), (name, p)
        data['cases'].append({'name': name, 'expr': expr, 'check': check,
                              'sig': cases.signature(value),
                              'pickles': pickles, 'loaded': loaded})
    for name, expr in cases.ERRORS:
        value = eval(expr, vars(cases))
        try:
            pickle.dumps(value)
        except Exception as exc:
            data['errors'].append(dict(describe(exc), name=name, expr=expr))
        else:
            raise AssertionError('no error for ' + name)
    for name, raw, kwargs, expected in cases.RAW:
        r = pickle.loads(raw, **kwargs)
        if expected is not None:
            assert cases.same(r, eval(expected, vars(cases))), name
        data['raw'].append({'name': name, 'hex': raw.hex(), 'kwargs': kwargs,
                            'expected': expected,
                            'repr': repr(r) if expected is None
                            and '0x' not in repr(r) else None})
    for name, raw in cases.ERRORS_LOADS:
        try:
            pickle.loads(raw)
        except Exception as exc:
            data['errors_loads'].append(dict(describe(exc), name=name,
                                             hex=raw.hex()))
        else:
            raise AssertionError('no error for ' + name)
    import _compat_pickle
    data['compat'] = {name: sorted(map(list, value.items()))
                      if isinstance(value, dict) else list(value)
                      for name, value in vars(_compat_pickle).items()
                      if name.isupper() and not name.startswith('_')}
    with open(out_path, 'w') as f:
        json.dump(data, f)
    print('recorded %d cases, %d errors, %d raw, %d load errors'
          % (len(data['cases']), len(data['errors']), len(data['raw']),
             len(data['errors_loads'])))


if __name__ == '__main__':
    main(sys.argv[1])
