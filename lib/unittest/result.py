"""TestResult: what happened to each test, and the tracebacks shown for
failures (without unittest's own frames)."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True


def failfast(method):
    """Stop the run at this kind of event when result.failfast is set."""
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """Collects the outcome of tests: testsRun, failures and errors (lists
    of (test, formatted traceback)), skipped ((test, reason)),
    expectedFailures and unexpectedSuccesses. With buffer=True a test's
    output is captured and shown only if it fails."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by the runner after the run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after every test ran."""

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """err is None for a subtest that passed, else an exc_info."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without unittest's frames."""
        exctype, value, tb = err
        tb_e = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        self._clean_tracebacks(tb_e, exctype, value, tb, test)
        msgLines = list(tb_e.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _clean_tracebacks(self, tb_e, exctype, value, tb, test):
        """Drop from each exception of the chain the leading frames of
        unittest's modules (the runner calling the test) and, for failures
        (exactly test.failureException), everything from the first unittest
        frame on (the assert method raising).

        CPython cuts the traceback objects themselves; here the frames are
        dropped from the formatted stacks, which prints the same.
        """
        todo = [(tb_e, exctype, value, tb)]
        seen = set()
        while todo:
            node, exctype, exc, tb = todo.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            relevant = []
            while tb is not None:
                relevant.append(self._is_relevant_tb_level(tb))
                tb = tb.tb_next
            start = 0
            while start < len(relevant) and relevant[start]:
                start += 1
            end = len(relevant)
            if exctype is test.failureException:
                end = start
                while end < len(relevant) and not relevant[end]:
                    end += 1
                if end == start:
                    end = len(relevant)
            if (start, end) != (0, len(relevant)) and len(node.stack) == len(relevant):
                node.stack = traceback.StackSummary.from_list(node.stack[start:end])
            if exc is None:
                continue
            for chained_te, chained in ((node.__cause__, exc.__cause__),
                                        (node.__context__, exc.__context__)):
                if chained_te is not None and chained is not None:
                    todo.append((chained_te, type(chained), chained,
                                 chained.__traceback__))

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))

