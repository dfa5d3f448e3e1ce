"""unittest, as CPython 3.11's: TestCase, TestSuite, TestLoader,
TextTestRunner, main() and the skip decorators, with CPython's report
format. Not available: unittest.mock and IsolatedAsyncioTestCase."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# Expose obsolete functions for backwards compatibility.
__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .loader import makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("unittest.IsolatedAsyncioTestCase is not "
                             "implemented in pygil (no asyncio)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
