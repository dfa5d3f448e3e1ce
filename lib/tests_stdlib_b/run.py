"""Run every case script under CPython's stdlib and under lib/'s modules;
their outputs must be identical.  Runs in 'mine' mode, then in 'all' mode
(or just one of them with --mine / --all); in 'all' mode lib/'s other
pure-Python modules (collections, functools, ...) are used as well.
Scripts named mine_*.py only run with lib/'s modules and must exit 0;
helper_*.py are imported by cases.  Exit status is non-zero on failure.

usage: python3 run.py [--mine|--all] [name-filter ...]"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')


def run(mode, path):
    proc = subprocess.run([sys.executable, '-S', '-I',
                           os.path.join(HERE, 'harness.py'), mode, path],
                          capture_output=True, text=True, timeout=300,
                          cwd=CASES)
    return proc.returncode, proc.stdout, proc.stderr


MODE = 'mine'


def main():
    global MODE
    only = sys.argv[1:]
    modes = ['mine', 'all']
    if only and only[0] in ('--all', '--mine'):
        modes = [only.pop(0)[2:]]
    failures = 0
    for MODE in modes:
        print('== mode: %s' % MODE)
        failures += run_cases(only)
    print('%d failure(s) in total' % failures)
    sys.exit(1 if failures else 0)


def run_cases(only):
    failures = 0
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.py') or name.startswith('helper_'):
            continue
        if only and not any(o in name for o in only):
            continue
        path = os.path.join(CASES, name)
        if name.startswith('mine_'):
            rc, out, err = run(MODE, path)
            ok = rc == 0
            detail = out + err
        else:
            rc1, out1, err1 = run('real', path)
            rc2, out2, err2 = run(MODE, path)
            ok = rc1 == rc2 == 0 and out1 == out2
            detail = ''
            if rc1 != 0:
                detail += 'REAL FAILED:\n' + err1
            if rc2 != 0:
                detail += 'MINE FAILED:\n' + err2
            if out1 != out2:
                l1, l2 = out1.splitlines(), out2.splitlines()
                for i in range(max(len(l1), len(l2))):
                    a = l1[i] if i < len(l1) else '<missing>'
                    b = l2[i] if i < len(l2) else '<missing>'
                    if a != b:
                        detail += 'line %d:\n  real: %s\n  mine: %s\n' % (i + 1, a, b)
        print('%-40s %s' % (name, 'ok' if ok else 'FAIL'))
        if not ok:
            failures += 1
            print(detail[-6000:])
    print('%d failure(s)' % failures)
    return failures


if __name__ == '__main__':
    main()
