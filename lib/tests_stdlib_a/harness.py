"""Test harness: load pygil's pure-Python modules in place of CPython's.

Run under CPython as:  python3 -S -I run_tests.py

setup() first imports CPython's own versions of the modules (kept in REAL
for comparisons), then removes them from sys.modules and installs a
finder so that importing any of OUR_MODULES loads the file from lib/.
`abc` stays CPython's (lib/abc.py belongs to another part of the project).
"""

import importlib.abc
import importlib.util
import os
import sys

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUR_MODULES = ['functools', 'operator', 'collections', 'collections.abc',
               'heapq', 'bisect', 'copy', 'keyword', 'itertools', 'string',
               'textwrap', 'reprlib', 'posixpath', 'fnmatch', 'stat']

REAL = {}
MINE = {}


def _path_for(name):
    parts = name.split('.')
    package_init = os.path.join(LIB, *parts, '__init__.py')
    if os.path.exists(package_init):
        return package_init, True
    return os.path.join(LIB, *parts) + '.py', False


class _OurFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname not in OUR_MODULES:
            return None
        filename, is_package = _path_for(fullname)
        kwargs = {}
        if is_package:
            kwargs['submodule_search_locations'] = [os.path.dirname(filename)]
        return importlib.util.spec_from_file_location(fullname, filename,
                                                      **kwargs)


def setup():
    if MINE:
        return
    # CPython's versions, for reference behaviour.  Importing os/re/etc.
    # now binds them to CPython's modules, which keeps the test tooling
    # independent of the code under test.
    import collections.abc, functools, operator, heapq, bisect, copy  # noqa
    import keyword, itertools, string, textwrap, reprlib, posixpath  # noqa
    import fnmatch, stat, re, os as _os, math  # noqa
    for name in OUR_MODULES:
        REAL[name] = sys.modules.pop(name)
    sys.meta_path.insert(0, _OurFinder())
    for name in OUR_MODULES:
        module = importlib.import_module(name)
        filename = os.path.abspath(module.__file__)
        if not filename.startswith(LIB + os.sep):
            raise SystemExit('harness: %s not loaded from lib/ (%s)'
                             % (name, filename))
        MINE[name] = module


# --- tiny assertion helpers --------------------------------------------------------

FAILURES = []
COUNT = [0]


def check(condition, label):
    COUNT[0] += 1
    if not condition:
        FAILURES.append(label)
        print('FAIL:', label)


def eq(actual, expected, label):
    COUNT[0] += 1
    if actual != expected or type(actual) != type(expected):
        FAILURES.append(label)
        print('FAIL: %s\n   got:      %r\n   expected: %r'
              % (label, actual, expected))


def outcome(fn):
    """('ok', value) or ('raise', exception type name, message)."""
    try:
        return ('ok', fn())
    except Exception as exc:            # noqa: BLE001
        return ('raise', type(exc).__name__, str(exc))


def raises(exc_type, message, fn, label):
    """fn() must raise exc_type; message (if not None) must equal str(exc)."""
    COUNT[0] += 1
    try:
        fn()
    except exc_type as exc:
        if message is not None and str(exc) != message:
            FAILURES.append(label)
            print('FAIL: %s\n   message:  %r\n   expected: %r'
                  % (label, str(exc), message))
        return
    except Exception as exc:            # noqa: BLE001
        FAILURES.append(label)
        print('FAIL: %s: raised %s(%r), expected %s'
              % (label, type(exc).__name__, str(exc), exc_type.__name__))
        return
    FAILURES.append(label)
    print('FAIL: %s: no exception' % label)


def same(name, fn, label, normalize=None):
    """Run fn(module) with our module and CPython's; results (or raised
    exception types and messages) must agree."""
    COUNT[0] += 1
    mine = outcome(lambda: fn(MINE[name]))
    real = outcome(lambda: fn(REAL[name]))
    if normalize is not None:
        mine = normalize(mine)
        real = normalize(real)
    if mine != real:
        FAILURES.append(label)
        print('FAIL: %s\n   mine: %r\n   real: %r' % (label, mine, real))
