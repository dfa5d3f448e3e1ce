# assertRaises / assertRaisesRegex (context manager and callable, with
# .exception), assertWarns / assertWarnsRegex, assertLogs / assertNoLogs,
# run as tests so the report shows failures and errors.
import io
import logging
import re
import unittest
import warnings


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


def divide(a, b):
    return a / b


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 42


class Raises(unittest.TestCase):
    def test_cm(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            divide(1, 0)
        print("exception:", type(cm.exception).__name__, cm.exception)
        print("traceback cleared:", cm.exception.__traceback__)

    def test_callable(self):
        self.assertRaises(ZeroDivisionError, divide, 1, 0)
        ctx = self.assertRaises(TypeError)
        print(type(ctx).__name__)

    def test_tuple(self):
        with self.assertRaises((KeyError, IndexError)) as cm:
            [][1]
        print(type(cm.exception).__name__)

    def test_not_raised_cm(self):
        with self.assertRaises(ValueError):
            pass

    def test_not_raised_callable(self):
        self.assertRaises(ValueError, divide, 4, 2)

    def test_not_raised_msg(self):
        with self.assertRaises(ValueError, msg="should have raised"):
            pass

    def test_wrong_exception(self):
        with self.assertRaises(KeyError):
            int("x")

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, r"invalid literal") as cm:
            int("x")
        self.assertRaisesRegex(ValueError, "base 10", int, "y")
        print(cm.expected_regex.pattern)

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, r"^nothing like this$"):
            int("x")

    def test_bad_arguments(self):
        for args, kwargs in [(("not a type", divide, 1, 0), {}), ((ValueError,), {"foo": 1})]:
            try:
                self.assertRaises(*args, **kwargs)
            except TypeError as e:
                print("TypeError:", e)
        try:
            self.assertWarns(ValueError, divide, 1, 1)
        except TypeError as e:
            print("TypeError:", e)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            result = old_api()
        print(result, type(cm.warning).__name__, cm.warning, cm.lineno > 0,
              cm.filename.endswith("unittest_raises.py"))
        self.assertWarns(DeprecationWarning, old_api)
        with self.assertWarnsRegex(DeprecationWarning, "deprecated"):
            old_api()

    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_warns_missing_callable(self):
        self.assertWarns(UserWarning, divide, 1, 1)

    def test_warns_regex_mismatch(self):
        with self.assertWarnsRegex(DeprecationWarning, "nope"):
            old_api()

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first %d", 1)
            logging.getLogger("app.sub").warning("second")
            logging.getLogger("app").debug("ignored")
        print(cm.output)
        print([r.getMessage() for r in cm.records])
        with self.assertLogs() as cm:
            logging.error("root error")
        print(cm.output)

    def test_logs_missing(self):
        with self.assertLogs("quiet", level=logging.WARNING):
            logging.getLogger("quiet").info("too low")

    def test_no_logs(self):
        with self.assertNoLogs("calm"):
            logging.getLogger("calm").debug("debug is below INFO")

    def test_no_logs_fails(self):
        with self.assertNoLogs("noisy", level="DEBUG"):
            logging.getLogger("noisy").debug("oops")


buf = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(normalise(buf.getvalue()))
