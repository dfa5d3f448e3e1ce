"""Test harness for pygil's threading, queue and concurrent.futures.

Under CPython, install() loads the modules from /work/main/lib by file path
and registers them under their real names (threading, queue, concurrent,
concurrent.futures) *before* anything imports CPython's own versions.  Run
test scripts with ``python3 -S -I`` so that nothing imports the real
threading first; install() verifies which modules are in use.

Under pygil the modules are simply imported.

It also provides a minimal test runner (no unittest, which would drag in
more of the standard library): run(globals()) calls every test_* function
and exits with status 1 if any failed.
"""

import sys

LIB = __file__.rsplit('/', 2)[0]   # .../lib
_OURS = ('threading', 'queue', 'concurrent', 'concurrent.futures',
         'concurrent.futures._base', 'concurrent.futures.thread',
         'concurrent.futures.process')


def _load(name, path, package_dir=None):
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        name, path,
        submodule_search_locations=[package_dir] if package_dir else None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def install():
    # Optional: THREADING_TEST_SWITCH=1e-5 makes CPython switch threads far
    # more often, to shake out races.
    import os
    switch = os.environ.get('THREADING_TEST_SWITCH')
    if switch and hasattr(sys, 'setswitchinterval'):
        sys.setswitchinterval(float(switch))
    if sys.implementation.name != 'cpython':
        import threading, queue, concurrent.futures  # noqa: F401
        return
    for name in ('threading', 'queue', 'concurrent'):
        if name in sys.modules and not getattr(
                sys.modules[name], '__file__', '').startswith(LIB):
            raise SystemExit("harness: CPython's %s was imported before the "
                             "harness; run with python3 -S -I" % name)
    if 'threading' not in sys.modules:
        _load('threading', LIB + '/threading.py')
    if 'queue' not in sys.modules:
        _load('queue', LIB + '/queue.py')
    if 'concurrent' not in sys.modules:
        _load('concurrent', LIB + '/concurrent/__init__.py',
              LIB + '/concurrent')
    if 'concurrent.futures' not in sys.modules:
        futures = _load('concurrent.futures',
                        LIB + '/concurrent/futures/__init__.py',
                        LIB + '/concurrent/futures')
        # The import system would bind the submodule on its parent.
        sys.modules['concurrent'].futures = futures
    check()


def check():
    """Assert that every loaded module of ours comes from LIB."""
    if sys.implementation.name != 'cpython':
        return
    for name in _OURS:
        module = sys.modules.get(name)
        if module is None:
            continue
        path = getattr(module, '__file__', '') or ''
        if not path.startswith(LIB):
            raise AssertionError("module %s comes from %s, not %s"
                                 % (name, path, LIB))


# ---------------------------------------------------------------------------
# Tiny test runner
# ---------------------------------------------------------------------------

class raises:
    """with raises(ValueError, "message"): ...  (message: exact str(exc))"""

    def __init__(self, exc_type, message=None):
        self.exc_type = exc_type
        self.message = message
        self.value = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        if tp is None:
            raise AssertionError("%s not raised" % self.exc_type.__name__)
        if not issubclass(tp, self.exc_type):
            return False
        if self.message is not None and str(value) != self.message:
            raise AssertionError("wrong message: %r != %r"
                                 % (str(value), self.message))
        self.value = value
        return True


def eq(a, b, what=""):
    if a != b:
        raise AssertionError("%s%r != %r" % (what + ": " if what else "",
                                             a, b))


def run(namespace):
    import time
    names = sorted(n for n in namespace
                   if n.startswith('test_') and callable(namespace[n]))
    only = sys.argv[1:]
    if only:
        names = [n for n in names if n in only]
    failed = []
    for name in names:
        start = time.monotonic()
        try:
            namespace[name]()
        except BaseException:
            failed.append(name)
            sys.stdout.write("FAIL %s\n" % name)
            sys.stdout.flush()
            sys.__excepthook__(*sys.exc_info())
        else:
            sys.stdout.write("ok   %s (%.2fs)\n"
                             % (name, time.monotonic() - start))
        sys.stdout.flush()
    check()
    sys.stdout.write("%d passed, %d failed\n"
                     % (len(names) - len(failed), len(failed)))
    sys.stdout.flush()
    if failed:
        raise SystemExit(1)
