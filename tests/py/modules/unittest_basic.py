# unittest.main(exit=False) on this module at verbosity 0, 1 and 2: the
# progress characters, the per-test lines, the error and failure reports
# with their tracebacks, the summary lines. Output normalised: the run time
# and the directory in File "..." lines (caret lines are dropped).
import io
import re
import sys
import unittest


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


def helper(x):
    return {"a": 1}[x]


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_bad_sum(self):
        self.assertEqual(sum([1, 2]), 4)

    def test_error_in_helper(self):
        helper("b")

    def test_message(self):
        self.assertTrue(False, "custom message")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_true(self):
        """Checks truth.

        More text that is not shown."""
        self.assertTrue(True)


class Other(unittest.TestCase):
    def test_fail_method(self):
        self.fail("explicit failure")

    def test_raise_directly(self):
        raise RuntimeError("boom")

    def test_assert_statement(self):
        assert 1 == 2, "plain assert"

    def runTest(self):
        pass


for verbosity in (1, 2, 0):
    buf = io.StringIO()
    prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=verbosity))
    print("verbosity", verbosity)
    print(normalise(buf.getvalue()))
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
    print(repr(r).startswith("<unittest.runner.TextTestResult run=9 errors=2 failures=4>"))
    print([str(t) for t, _ in r.failures])
    print([t.id() for t, _ in r.errors], r.skipped[0][1])

# All passing: "OK".
class Good(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf).run(unittest.TestLoader().loadTestsFromTestCase(Good))
print(normalise(buf.getvalue()))
print(res.wasSuccessful())
buf = io.StringIO()
unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.TestSuite([Good("test_a")]))
print(normalise(buf.getvalue()))
buf = io.StringIO()
unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.TestSuite())
print(normalise(buf.getvalue()))

# exit=True: SystemExit(True) on failure, False on success.
for argv in (["prog", "Arithmetic.test_add"], ["prog", "Other.test_fail_method"]):
    buf = io.StringIO()
    try:
        unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=buf))
    except SystemExit as e:
        print(argv[1], "SystemExit", e.code)
