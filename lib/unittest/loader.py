"""TestLoader: builds suites from test case classes, modules, dotted names,
and (simply) by discovering test*.py files under a directory."""

import os
import re
import sys
import traceback
import types
import functools
import warnings
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that raises the exception met while loading (for example an
    unknown name on the command line)."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((TestClass(methodname),))


class TestLoader(object):
    """Finds test methods (named testMethodPrefix*, sorted with
    sortTestMethodsUsing, filtered by the fnmatch testNamePatterns) and
    wraps them in suiteClass instances."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Every TestCase subclass of the module (by name order), or what
        its load_tests(loader, tests, pattern) returns."""
        if len(args) > 0 or 'use_load_tests' in kws:
            warnings.warn('use_load_tests is deprecated and ignored',
                          DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        if len(kws) != 0:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(sorted(kws)[0]))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, a TestCase class, a
        test method, a suite, or a callable returning a test or suite;
        relative to `module` if given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                and obj not in (case.TestCase, case.FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            fullName = '%s.%s.%s' % (testCaseClass.__module__,
                                     testCaseClass.__qualname__, attrname)
            return self.testNamePatterns is None or \
                any(fnmatchcase(fullName, pattern) for pattern in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if shouldIncludeMethod(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching `pattern` in the directory
        start_dir and its packages (directories with __init__.py),
        importable from top_level_dir (default start_dir, put on sys.path).

        Simpler than CPython's: start_dir must be a directory, and
        namespace packages are not searched.
        """
        if top_level_dir is None:
            top_level_dir = self._top_level_dir or start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _module_name(self, path):
        rel = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        if rel.startswith(os.pardir):
            raise ImportError('%r is not under the top level directory %r'
                              % (path, self._top_level_dir))
        return rel.replace(os.sep, '.')

    def _find_tests(self, start_dir, pattern):
        for name in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, name)
            if os.path.isfile(full):
                if not VALID_MODULE_NAME.match(name) or not fnmatch(name, pattern):
                    continue
                mod_name = self._module_name(full)
                try:
                    __import__(mod_name)
                except case.SkipTest as e:
                    yield _make_skipped_test(mod_name, e, self.suiteClass)
                except Exception:
                    error_case, error_message = _make_failed_import_test(
                        mod_name, self.suiteClass)
                    self.errors.append(error_message)
                    yield error_case
                else:
                    yield self.loadTestsFromModule(sys.modules[mod_name], pattern=pattern)
            elif os.path.isdir(full) and os.path.isfile(os.path.join(full, '__init__.py')):
                mod_name = self._module_name(full)
                try:
                    __import__(mod_name)
                except Exception:
                    error_case, error_message = _make_failed_import_test(
                        mod_name, self.suiteClass)
                    self.errors.append(error_message)
                    yield error_case
                    continue
                package = sys.modules[mod_name]
                # A package's load_tests (called by loadTestsFromModule)
                # loads its tests itself.
                yield self.loadTestsFromModule(package, pattern=pattern)
                if getattr(package, 'load_tests', None) is None:
                    yield from self._find_tests(full, pattern)


defaultTestLoader = TestLoader()


# The module-level functions, deprecated in 3.11 (kept for old code).
def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def _deprecated(name, instead):
    warnings.warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.%s() instead." % (name, instead),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    _deprecated('getTestCaseNames', 'getTestCaseNames')
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns) \
        .getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    _deprecated('makeSuite', 'loadTestsFromTestCase')
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    _deprecated('findTestCases', 'loadTestsFromModule')
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
