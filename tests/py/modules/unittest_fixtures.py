# unittest fixtures: setUp/tearDown, setUpClass/tearDownClass,
# setUpModule/tearDownModule, addCleanup/addClassCleanup/enterContext,
# and the reports when fixtures fail.
import contextlib
import io
import re
import sys
import unittest

events = []


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    print(normalise(buf.getvalue()))
    return result


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.shared = []
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass %d" % len(cls.shared))

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(lambda: events.append("cleanup 2 " + self._testMethodName))

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_one(self):
        self.shared.append(1)
        events.append("test_one")

    def test_two(self):
        self.shared.append(2)
        events.append("test_two")


run(Order)
print(events)
del events[:]


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup runs even if setUp fails")
        raise OSError("no database")

    def tearDown(self):
        events.append("tearDown never runs")

    def test_a(self):
        events.append("test never runs")


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown broke")

    def test_passes(self):
        pass

    def test_fails_too(self):
        self.assertEqual(1, 0)


class CleanupFails(unittest.TestCase):
    def test_x(self):
        self.addCleanup(self.bad_cleanup, 5)

    def bad_cleanup(self, n):
        raise KeyError(n)


class ClassFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass of a failed class never runs")

    def test_a(self):
        pass

    def test_b(self):
        pass


class TearDownClassFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ZeroDivisionError("in tearDownClass")

    def test_a(self):
        pass


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls.oops)

    @classmethod
    def oops(cls):
        raise IndexError("class cleanup")

    def test_a(self):
        pass


r = run(SetUpFails, TearDownFails, CleanupFails, ClassFails, TearDownClassFails, ClassCleanupFails)
print(events)
print(r.testsRun, [str(t) for t, _ in r.errors])
del events[:]


@contextlib.contextmanager
def resource(name):
    events.append("enter " + name)
    yield name.upper()
    events.append("exit " + name)


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.res = cls.enterClassContext(resource("class"))

    def setUp(self):
        self.value = self.enterContext(resource("test"))

    def test_values(self):
        events.append((self.res, self.value))


run(Contexts, verbosity=1)
print(events)
del events[:]

# doCleanups by hand, outside a run
t = Order("test_one")
t.addCleanup(events.append, "manual")
print(t.doCleanups(), events)
try:
    t.enterContext(object())
except TypeError as e:
    print("TypeError:", e)

# Module fixtures run once around the whole run.
prog = unittest.main(exit=False, argv=["prog", "Order"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(events[0], events[-1])
