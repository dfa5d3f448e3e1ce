# unittest discovery: TestLoader.discover over a directory tree written to
# /tmp, and `python -m unittest` (discover, names, -v) run as a
# subprocess of this interpreter.
import io
import os
import re
import subprocess
import sys
import unittest

ROOT = "/tmp/pygil_test_unittest_discover"
FILES = {
    "test_alpha.py": """
import unittest

class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("a", "b")
""",
    "test_beta.py": """
import unittest

class Beta(unittest.TestCase):
    def test_beta(self):
        pass
""",
    "helper.py": """
import unittest

class NotCollected(unittest.TestCase):
    def test_hidden(self):
        pass
""",
    "test_broken.py": """
import unittest
raise ImportError("cannot import this module")
""",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": """
import unittest

class Inner(unittest.TestCase):
    def test_inner(self):
        pass
""",
    "notpkg/test_skipped_dir.py": """
import unittest

class Outside(unittest.TestCase):
    def test_x(self):
        pass
""",
}


def normalise(text):
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d+s", r"Ran \1 \2 in 0.000s", text)
    text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
    text = "\n".join(l for l in text.split("\n") if not (l.strip() and not l.strip(" ^~")))
    return text


def clean():
    for name in sorted(FILES, reverse=True):
        path = os.path.join(ROOT, name)
        if os.path.exists(path):
            os.remove(path)
    for d in ["pkg/__pycache__", "notpkg/__pycache__", "__pycache__", "pkg", "notpkg", ""]:
        path = os.path.join(ROOT, d)
        if os.path.isdir(path):
            for f in os.listdir(path):
                if f.endswith(".pyc"):
                    os.remove(os.path.join(path, f))
            os.rmdir(path)


clean()
os.mkdir(ROOT)
os.mkdir(os.path.join(ROOT, "pkg"))
os.mkdir(os.path.join(ROOT, "notpkg"))
for name, text in FILES.items():
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(text)

try:
    loader = unittest.TestLoader()
    suite = loader.discover(ROOT)
    ids = []

    def walk(s):
        for t in s:
            if isinstance(t, unittest.TestSuite):
                walk(t)
            else:
                ids.append(t.id())

    walk(suite)
    print(ids)
    print(len(loader.errors), loader.errors[0].splitlines()[0] if loader.errors else None)
    buf = io.StringIO()
    unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    # the import error's traceback differs between interpreters: only its last line
    lines = normalise(buf.getvalue()).split("\n")
    print("\n".join(l for l in lines if not l.startswith(("  File", "    ", "Traceback"))))

    ids = []
    walk(unittest.TestLoader().discover(ROOT, pattern="*_beta.py"))
    print(ids)

    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    for args in (["-m", "unittest", "test_alpha", "pkg.test_inner"],
                 ["-m", "unittest", "-v", "test_beta.Beta"],
                 ["-m", "unittest", "discover", "-p", "test_[a]*.py"],
                 ["-m", "unittest", "-q", "test_beta"]):
        p = subprocess.run([sys.executable] + args, cwd=ROOT, capture_output=True, text=True, env=env)
        print("###", " ".join(args[2:]), "-> exit", p.returncode)
        print(normalise(p.stdout + p.stderr))
finally:
    clean()
