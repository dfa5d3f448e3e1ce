# unittest skipping (skip, skipIf, skipUnless, skipTest, SkipTest, class
# skips), expectedFailure and unexpected successes, subTest (params, msg,
# nesting, inside loops), failfast.
import io
import re
import sys
import unittest


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


def run(*classes, verbosity=2, failfast=False):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, failfast=failfast).run(suite)
    print(normalise(buf.getvalue()))
    return result


class Skips(unittest.TestCase):
    @unittest.skip("always")
    def test_skip(self):
        raise AssertionError("not run")

    @unittest.skip
    def test_skip_no_reason(self):
        pass

    @unittest.skipIf(sys.maxsize > 0, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipIf(False, "condition false")
    def test_skip_if_runs(self):
        pass

    @unittest.skipUnless(False, "needs a feature")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    def test_raise_skiptest(self):
        raise unittest.SkipTest("raised directly")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_expected_error(self):
        raise TypeError("expected error")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise AssertionError("never called")

    def test_a(self):
        pass

    def test_b(self):
        pass


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("setUp skips")

    def test_a(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("setUpClass skips")

    def test_a(self):
        pass


for v in (2, 1):
    r = run(Skips, SkippedClass, SkipInSetUp, SkipInSetUpClass, verbosity=v)
print(r.testsRun, [(str(t), why) for t, why in r.skipped])
print(len(r.expectedFailures), [str(t) for t in r.unexpectedSuccesses], r.wasSuccessful())
print(Skips.test_skip.__unittest_skip__, Skips.test_skip.__unittest_skip_why__, Skips.test_skip.__name__)


class Sub(unittest.TestCase):
    def test_loop(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg_and_params(self):
        with self.subTest("checking", a=1, b="x"):
            self.assertTrue(False)
        with self.subTest("only message"):
            raise ValueError("error in subtest")
        with self.subTest():
            self.fail("no description")

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertIn(3, [1, 2])
            with self.subTest(outer=5):
                self.assertEqual("a", "b")

    def test_all_pass(self):
        for x in "abc":
            with self.subTest(x=x):
                self.assertTrue(x.isalpha())

    def test_skip_in_subtest(self):
        with self.subTest(case=1):
            self.skipTest("skipped subtest")
        with self.subTest(case=2):
            pass

    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(k=1):
            self.assertEqual(1, 0)
        events.append("not reached")


events = []
for v in (2, 1):
    r = run(Sub, verbosity=v)
print([str(t) for t, _ in r.failures])
print([t.id() for t, _ in r.errors])
print(events)

# subTest outside a run does nothing special
t = Sub("test_loop")
with t.subTest(i=0):
    print("plain block")


class FailFast(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.fail("first failure")

    def test_3(self):
        self.fail("never run")


class FailFastSub(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.fail("sub %d" % i)


r = run(FailFast, verbosity=1, failfast=True)
print(r.testsRun, r.shouldStop)
r = run(FailFastSub, verbosity=2, failfast=True)
print(r.testsRun, len(r.failures))
