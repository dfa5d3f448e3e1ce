# unittest.main's command line: -v, -q, test names, -k patterns, -f, -b,
# --locals, -h and bad options; exit statuses.
import contextlib
import io
import re
import sys
import os
import unittest

os.environ["COLUMNS"] = "80"


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    return "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))


class Alpha(unittest.TestCase):
    def test_one(self):
        print("output of test_one")

    def test_two(self):
        print("output of test_two")
        count = 2
        self.assertEqual(count, 3)

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        pass

    def test_error(self):
        print("to stdout before the error")
        print("to stderr", file=sys.stderr)
        raise KeyError("k")


class Runner(unittest.TextTestRunner):
    """Writes to the test's own buffer, whatever main() passes."""

    def __init__(self, **kwargs):
        kwargs["stream"] = OUT
        super().__init__(**kwargs)


def main(*args):
    global OUT
    OUT = io.StringIO()
    out = io.StringIO()
    err = io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            unittest.main(argv=["prog.py"] + list(args), testRunner=Runner)
        except SystemExit as e:
            code = e.code
    print("### main(%s) -> exit %r" % (", ".join(args), code))
    for label, text in (("report", OUT.getvalue()), ("stdout", out.getvalue()), ("stderr", err.getvalue())):
        if text:
            print("[%s]" % label)
            print(normalise(text))


main("Alpha.test_one", "Beta.test_one")
main("-v", "Alpha.test_one", "Alpha.test_three")
main("-q", "Alpha")
main("-k", "one")
main("-k", "*Beta*", "-v")
main("-k", "two", "-k", "three", "-v")
main("-f", "Alpha")
main("-b", "Alpha", "Beta.test_error")
main("--locals", "Alpha.test_two")
main("Alpha.test_missing")
main("-h")
main("--bogus")
main("-k")
