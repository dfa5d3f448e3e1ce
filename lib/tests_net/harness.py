"""Load pygil's pure-Python I/O and networking modules for testing.

Under pygil the modules are simply the interpreter's own.  Under CPython
(used to test them while pygil cannot run yet) they are loaded from the
lib/ directory under their real names, except io, which CPython has
already imported at startup: our io.py is loaded as `pyg_io`, and while
our other modules are imported sys.modules['io'] points at it, so they
bind our io; then CPython's io is put back for the rest of the process.

Only the modules this suite owns are served from lib/: every other
module (threading, enum, collections, re, ...) stays CPython's, even if
lib/ holds pygil's own version of it.
"""

import os
import sys

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OWN_MODULES = [
    "socket", "selectors", "socketserver", "base64", "html", "mimetypes",
    "urllib", "urllib.parse", "urllib.error", "urllib.response",
    "urllib.request", "http", "http.client", "http.server",
]

CPYTHON = sys.implementation.name == "cpython"


def _path_for(name):
    parts = name.split(".")
    pkg_dir = os.path.join(LIB, *parts)
    if os.path.isdir(pkg_dir):
        return os.path.join(pkg_dir, "__init__.py"), [pkg_dir]
    return os.path.join(LIB, *parts) + ".py", None


def load():
    """Make our modules importable under their real names; return our io."""
    if not CPYTHON:
        import io
        sys.modules.setdefault("pyg_io", io)
        return io
    if "pyg_io" in sys.modules:
        return sys.modules["pyg_io"]
    if os.environ.get("TESTS_NET_REFERENCE"):
        # Run the suite against CPython's own modules, to check the
        # tests' expectations themselves.
        import io
        sys.modules["pyg_io"] = io
        return io
    import importlib.util
    # Modules our code (or the stdlib bits it uses) needs from CPython;
    # imported now so they bind CPython's io, not ours.
    for name in ("threading", "traceback", "linecache", "tokenize",
                 "collections", "enum", "functools", "itertools", "string",
                 "posixpath", "stat", "contextlib", "re", "time", "errno",
                 "select", "_socket", "codecs", "warnings", "weakref",
                 "struct", "math"):
        __import__(name)

    class OwnFinder:
        def find_spec(self, fullname, path=None, target=None):
            if fullname not in OWN_MODULES:
                return None
            filename, search = _path_for(fullname)
            return importlib.util.spec_from_file_location(
                fullname, filename, submodule_search_locations=search)

    # TESTS_NET_EXTRA=enum,threading also serves those from lib/ (to try
    # our modules on the project's own versions of their dependencies).
    extra = [n for n in os.environ.get("TESTS_NET_EXTRA", "").split(",") if n]
    for name in extra:
        sys.modules.pop(name, None)
        OWN_MODULES.insert(0, name)
    real_io = sys.modules["io"]
    spec = importlib.util.spec_from_file_location(
        "pyg_io", os.path.join(LIB, "io.py"))
    pyg_io = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pyg_io)
    sys.modules["pyg_io"] = pyg_io

    # Forget CPython's versions of our modules if something imported them.
    for name in OWN_MODULES:
        sys.modules.pop(name, None)
    finder = OwnFinder()
    sys.meta_path.insert(0, finder)
    sys.modules["io"] = pyg_io
    try:
        for name in OWN_MODULES:
            if os.path.exists(_path_for(name)[0]):
                __import__(name)
    finally:
        sys.modules["io"] = real_io
    # Sanity: our modules must not be CPython's.
    for name in OWN_MODULES:
        mod = sys.modules.get(name)
        if mod is not None:
            assert os.path.abspath(mod.__file__).startswith(LIB), name
    return pyg_io
