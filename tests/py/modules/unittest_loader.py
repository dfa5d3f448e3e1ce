# unittest.TestLoader and TestSuite: method discovery and ordering, loading
# from classes, modules and names, name patterns, suites, FunctionTestCase.
import functools
import io
import re
import sys
import unittest


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


class Zebra(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_C(self):
        pass

    def test_10(self):
        pass

    def test_9(self):
        pass

    test_not_callable = 5

    def helper(self):
        pass

    def check_custom_prefix(self):
        pass


class Apple(unittest.TestCase):
    def runTest(self):
        pass


class Empty(unittest.TestCase):
    pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zebra))
print(loader.getTestCaseNames(Apple), loader.getTestCaseNames(Empty))
s = loader.loadTestsFromTestCase(Zebra)
print(s.countTestCases(), [t.id() for t in s])
print(repr(loader.loadTestsFromTestCase(Apple)))
print(repr(loader.loadTestsFromTestCase(Empty)))
print(loader.loadTestsFromTestCase(unittest.TestCase).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Zebra))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Zebra))
loader = unittest.TestLoader()
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Zebra))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*test_a*", "*Zebra.test_1*"]
print(loader.getTestCaseNames(Zebra))

loader = unittest.TestLoader()
mod = loader.loadTestsFromModule(sys.modules[__name__])
print(mod.countTestCases(), [type(s).__name__ for s in mod])
print([t.id() for s in mod for t in s])
for name in ["Zebra", "Zebra.test_a", "Apple"]:
    print(name, [t.id() for t in loader.loadTestsFromName(name, sys.modules[__name__])])
names = loader.loadTestsFromNames(["Zebra.test_b", "Apple"], sys.modules[__name__])
print(names.countTestCases())


def make_suite():
    return unittest.TestSuite([Zebra("test_a")])


def make_case():
    return Zebra("test_b")


def make_nothing():
    return 42


print([t.id() for t in loader.loadTestsFromName("make_suite", sys.modules[__name__])])
print([t.id() for t in loader.loadTestsFromName("make_case", sys.modules[__name__])])
try:
    loader.loadTestsFromName("make_nothing", sys.modules[__name__])
except TypeError as e:
    print("TypeError:", str(e).split(" returned")[1])
bad = loader.loadTestsFromName("NoSuchThing", sys.modules[__name__])
print(repr(bad), len(loader.errors))
buf = io.StringIO()
unittest.TextTestRunner(stream=buf).run(bad)
print(normalise(buf.getvalue()))
try:
    Zebra("test_missing")
except ValueError as e:
    print("ValueError:", str(e).split(":")[1])


def load_tests(loader, tests, pattern):
    # The module's own hook: only Apple.
    return unittest.TestSuite([Apple()])


print([t.id() for t in loader.loadTestsFromModule(sys.modules[__name__])])
del load_tests

# Suites
suite = unittest.TestSuite()
suite.addTest(Zebra("test_a"))
suite.addTests([Zebra("test_b"), unittest.TestSuite([Apple()])])
print(suite.countTestCases(), repr(suite))
print(suite == unittest.TestSuite([Zebra("test_a"), Zebra("test_b"), unittest.TestSuite([Apple()])]))
for bad_arg in [5, Zebra, "abc"]:
    try:
        if isinstance(bad_arg, str):
            suite.addTests(bad_arg)
        else:
            suite.addTest(bad_arg)
    except TypeError as e:
        print("TypeError:", e)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, list(suite), suite.countTestCases())

# FunctionTestCase
calls = []


def test_function():
    """Docstring of the function."""
    calls.append("run")


def failing_function():
    assert False, "function failed"


ftc = unittest.FunctionTestCase(test_function, setUp=lambda: calls.append("setUp"),
                                tearDown=lambda: calls.append("tearDown"))
print(str(ftc), ftc.id(), ftc.shortDescription(), ftc.countTestCases())
print(unittest.FunctionTestCase(test_function, description="custom").shortDescription())
buf = io.StringIO()
unittest.TextTestRunner(stream=buf, verbosity=2).run(
    unittest.TestSuite([ftc, unittest.FunctionTestCase(failing_function)]))
print(normalise(buf.getvalue()))
print(calls)

# Test case identity
print(Zebra("test_a") == Zebra("test_a"), Zebra("test_a") == Zebra("test_b"),
      hash(Zebra("test_a")) == hash(Zebra("test_a")), Zebra("test_a") == Apple())
print(repr(Zebra("test_a")), str(Apple()), Apple().id())
