# unittest.TestResult as an API: the calls a run makes, TestCase.run()
# without a result, debug(), descriptions, custom result classes and
# runners, buffering, the deprecation warning for returning a value.
import io
import re
import sys
import unittest
import warnings


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


class Recorder(unittest.TestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def startTestRun(self):
        self.log.append("startTestRun")

    def stopTestRun(self):
        self.log.append("stopTestRun")

    def startTest(self, test):
        super().startTest(test)
        self.log.append("startTest " + test._testMethodName)

    def stopTest(self, test):
        super().stopTest(test)
        self.log.append("stopTest " + test._testMethodName)

    def addSuccess(self, test):
        self.log.append("addSuccess")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.log.append("addFailure %s" % err[0].__name__)

    def addError(self, test, err):
        super().addError(test, err)
        self.log.append("addError %s" % err[0].__name__)

    def addSkip(self, test, reason):
        self.log.append("addSkip " + reason)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        self.log.append("addSubTest %s %s" % (subtest._subDescription(), err and err[0].__name__))


class Sample(unittest.TestCase):
    def test_ok(self):
        "First line of the docstring.\n\n        More."

    def test_fail(self):
        self.assertFalse(True)

    def test_error(self):
        raise OSError("e")

    @unittest.skip("reason")
    def test_skip(self):
        pass

    def test_subtests(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertEqual(i, 0)


r = Recorder()
suite = unittest.TestLoader().loadTestsFromTestCase(Sample)
suite.run(r)
print(r.log)
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful(), repr(r))
print(r.failures[0][0], "|", r.failures[0][1].splitlines()[-1])

r = Recorder()
Sample("test_ok").run(r)
print(r.log)
r = Sample("test_fail").run()
print(type(r).__name__, r.testsRun, len(r.failures))
print(Sample("test_ok").shortDescription(), Sample("test_fail").shortDescription())
print(Sample("test_ok").defaultTestResult().__class__.__name__)

# debug() lets exceptions through
for name in ["test_ok", "test_error", "test_skip"]:
    try:
        Sample(name).debug()
        print(name, "debug ok")
    except Exception as e:
        print(name, "debug raised", type(e).__name__, e)

# Runner with descriptions=False and a custom result class
class Tally(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("+")


buf = io.StringIO()
runner = unittest.TextTestRunner(stream=buf, descriptions=False, verbosity=2, resultclass=Tally)
result = runner.run(unittest.TestSuite([Sample("test_ok"), Sample("test_fail")]))
print(normalise(buf.getvalue()))
print(type(result).__name__)

# buffer=True: output of passing tests is swallowed, of failing ones shown
class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("you should not see this")

    def test_loud_fail(self):
        print("captured stdout")
        print("captured stderr", file=sys.stderr)
        self.fail("failed")


real_stdout, real_stderr = sys.stdout, sys.stderr
capture = io.StringIO()
sys.stdout = sys.stderr = capture
try:
    buf = io.StringIO()
    unittest.TextTestRunner(stream=buf, buffer=True).run(
        unittest.TestLoader().loadTestsFromTestCase(Noisy))
finally:
    sys.stdout, sys.stderr = real_stdout, real_stderr
print(normalise(buf.getvalue()))
print(repr(capture.getvalue()))


class ReturnsValue(unittest.TestCase):
    def test_returns(self):
        return 5


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ReturnsValue("test_returns").run(unittest.TestResult())
print([str(x.category.__name__) for x in w], str(w[0].message).startswith("It is deprecated to return a value"))

# stop() ends a run early
class Stopper(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


r = unittest.TestResult()
r.stop()
unittest.TestLoader().loadTestsFromTestCase(Stopper).run(r)
print(r.testsRun, r.shouldStop)
