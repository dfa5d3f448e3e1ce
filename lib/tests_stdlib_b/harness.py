"""Run a test script with either CPython's stdlib ("real") or pygil's
pure-Python modules from lib/ installed under the real module names:
"mine" installs this helper's modules (abc, types, linecache, traceback,
warnings, numbers, contextlib, enum, dataclasses, typing, json, weakref);
"all" also installs lib/'s collections, functools, operator, ... first.
Modules CPython imported at start-up (abc, types) are simply replaced in
sys.modules, so the script's own imports get the lib/ versions.

usage: python3 -S -I harness.py real|mine|all script.py
"""
import sys
import os
import importlib.util

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Dependency order matters: later modules import earlier ones.
MODULES = ['abc', 'types', 'linecache', 'traceback', 'warnings', 'numbers',
           'contextlib', 'enum', 'dataclasses', 'typing', 'json', 'weakref']


def load(name):
    if name == 'json':
        path = os.path.join(LIB, 'json', '__init__.py')
        spec = importlib.util.spec_from_file_location(
            name, path, submodule_search_locations=[os.path.join(LIB, 'json')])
    else:
        path = os.path.join(LIB, *name.split('.')) + '.py'
        spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    if '.' in name:
        parent, _, child = name.rpartition('.')
        if parent in sys.modules:
            setattr(sys.modules[parent], child, module)
    return module


# Pure-Python modules written for pygil by another helper: loaded too in
# 'all' mode, so that our modules are tested on top of them.
OTHER_MODULES = ['keyword', 'reprlib', 'operator', 'collections.abc',
                 'collections', 'functools', 'itertools', 'heapq', 'bisect',
                 'copy', 'string', 'textwrap', 'fnmatch']


def load_package(name):
    path = os.path.join(LIB, name, '__init__.py')
    spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=[os.path.join(LIB, name)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def install_others():
    load('abc')
    for name in OTHER_MODULES:
        if name == 'collections':
            load_package('collections')
        elif name == 'collections.abc':
            # Load the submodule first under its real name; the package
            # import below picks it up from sys.modules.
            path = os.path.join(LIB, 'collections', 'abc.py')
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
        elif os.path.exists(os.path.join(LIB, name + '.py')):
            load(name)


def install():
    for name in MODULES:
        if name == 'json':
            exists = os.path.exists(os.path.join(LIB, 'json', '__init__.py'))
        else:
            exists = os.path.exists(os.path.join(LIB, name + '.py'))
        if exists:
            load(name)


def main():
    mode, script = sys.argv[1], sys.argv[2]
    sys.dont_write_bytecode = True
    if mode == 'all':
        install_others()
    if mode in ('mine', 'all'):
        install()
    sys.argv = [script] + sys.argv[3:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    with open(script) as f:
        source = f.read()
    code = compile(source, script, 'exec')
    import types
    module = types.ModuleType('__main__')
    module.__file__ = script
    module.__builtins__ = __builtins__
    module.MODE = mode
    sys.modules['__main__'] = module
    exec(code, module.__dict__)


if __name__ == '__main__':
    main()
