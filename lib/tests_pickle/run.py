"""Replay CPython's recorded pickles under pygil.

    python3 lib/tests_pickle/record.py REC.json
    pygil lib/tests_pickle/run.py REC.json [REVERSE.json] [-v]

For every case and protocol: pickle.dumps must give CPython's bytes (when
the value has the same signature here, i.e. the same sharing and set
order; otherwise only the round trips are checked), loads of CPython's
pickle and of pygil's own must give the value back, and errors must be
CPython's. REVERSE.json receives pygil's pickles for check_reverse.py
(python3 loads them). Prints "N passed, N failed" and exits non-zero on
any failure.
"""

import json
import os
import pickle
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402

VERBOSE = '-v' in sys.argv
passed = 0
failed = 0
byte_skipped = 0


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print('FAIL:', what)


def error_matches(exc, want):
    if type(exc).__name__ != want['type']:
        return False
    return want['msg'] is None or str(exc) == want['msg']


def check_loaded(r, c, p, origin):
    want = c['loaded'][p]
    if want is None:
        good = cases.same(value_of(c), r)
    else:
        good = cases.show(r) == want
    if good and c['check']:
        good = eval(c['check'], vars(cases), {'r': r})
    ok(good, '%s loads(%s pickle) protocol %d: %s'
       % (c['name'], origin, p, cases.show(r)[:200]))


_values = {}


def value_of(c):
    # A fresh value per case (evaluated once, as record.py does).
    if c['name'] not in _values:
        _values[c['name']] = eval(c['expr'], vars(cases))
    return _values[c['name']]


def run_cases(data, reverse):
    global byte_skipped
    for c in data['cases']:
        value = value_of(c)
        same_shape = cases.signature(value) == c['sig']
        mine_all = []
        for p, theirs in enumerate(c['pickles']):
            try:
                mine = pickle.dumps(value, p)
            except Exception as exc:
                mine = None
                if isinstance(theirs, dict):
                    ok(error_matches(exc, theirs), '%s protocol %d: raised %r, '
                       'CPython %r' % (c['name'], p, exc, theirs))
                else:
                    ok(False, '%s protocol %d: dumps raised %r'
                       % (c['name'], p, exc))
                mine_all.append(None)
                continue
            mine_all.append(mine.hex())
            if isinstance(theirs, dict):
                ok(False, '%s protocol %d: no error, CPython raised %r'
                   % (c['name'], p, theirs))
                continue
            theirs = bytes.fromhex(theirs)
            if same_shape:
                ok(mine == theirs, '%s protocol %d:\n  mine   %r\n  CPython %r'
                   % (c['name'], p, mine[:300], theirs[:300]))
            else:
                byte_skipped += 1
            for origin, data_ in (('CPython', theirs), ('pygil', mine)):
                try:
                    r = pickle.loads(data_)
                except Exception as exc:
                    ok(False, '%s loads(%s pickle) protocol %d raised %r'
                       % (c['name'], origin, p, exc))
                    continue
                check_loaded(r, c, p, origin)
        reverse.append({'name': c['name'], 'pickles': mine_all})


def run_errors(data):
    for e in data['errors']:
        value = eval(e['expr'], vars(cases))
        try:
            pickle.dumps(value)
        except Exception as exc:
            ok(error_matches(exc, e), '%s: raised %r, CPython %r'
               % (e['name'], exc, e))
        else:
            ok(False, '%s: no error, CPython raised %r' % (e['name'], e))
    for e in data['errors_loads']:
        try:
            pickle.loads(bytes.fromhex(e['hex']))
        except Exception as exc:
            ok(error_matches(exc, e), 'loads %s: raised %r, CPython %r'
               % (e['name'], exc, e))
        else:
            ok(False, 'loads %s: no error, CPython raised %r' % (e['name'], e))


def run_raw(data):
    for c in data['raw']:
        try:
            r = pickle.loads(bytes.fromhex(c['hex']), **c['kwargs'])
        except Exception as exc:
            ok(False, 'raw %s raised %r' % (c['name'], exc))
            continue
        if c['expected'] is not None:
            ok(cases.same(r, eval(c['expected'], vars(cases))),
               'raw %s: %r' % (c['name'], r))
        elif c['repr'] is not None:
            ok(repr(r) == c['repr'], 'raw %s: %r, CPython %s'
               % (c['name'], r, c['repr']))
        else:
            ok(True, '')


def run_compat(data):
    """_compat_pickle's tables hold CPython's entries."""
    import _compat_pickle
    mine = {name: sorted(map(list, value.items()))
            if isinstance(value, dict) else list(value)
            for name, value in vars(_compat_pickle).items()
            if name.isupper() and not name.startswith('_')}
    theirs = json.loads(json.dumps(mine))       # tuples -> lists
    for name, want in data['compat'].items():
        ok(theirs.get(name) == want, '_compat_pickle.%s differs' % name)
    ok(set(theirs) == set(data['compat']), '_compat_pickle names differ')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    with open(args[0]) as f:
        data = json.load(f)
    reverse = []
    run_cases(data, reverse)
    run_errors(data)
    run_raw(data)
    run_compat(data)
    if len(args) > 1:
        with open(args[1], 'w') as f:
            json.dump(reverse, f)
    print('%d passed, %d failed (%d byte comparisons skipped: set order or '
          'sharing differs from CPython)' % (passed, failed, byte_skipped))
    sys.exit(1 if failed else 0)


main()
