# argparse actions: store, store_const, store_true/false, append,
# append_const, count, extend, BooleanOptionalAction, version, help,
# and custom Action subclasses.
import argparse
import contextlib
import io
import os

os.environ["COLUMNS"] = "80"


def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = p.parse_args(args)
        except SystemExit as e:
            result = "SystemExit(%r)" % (e.code,)
    print(args, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


p = argparse.ArgumentParser(prog="acts")
p.add_argument("--name")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--yes", action="store_true")
p.add_argument("--no", action="store_false")
p.add_argument("--item", action="append")
p.add_argument("--tag", action="append_const", const="T", dest="tags")
p.add_argument("--tag2", action="append_const", const="U", dest="tags")
p.add_argument("-v", action="count")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--version", action="version", version="%(prog)s 2.5")
run(p, [])
run(p, ["--name", "x", "--name=y", "--const", "--yes", "--no"])
run(p, ["--item", "a", "--item", "b", "--tag", "--tag2", "--tag"])
run(p, ["-vvv", "-v", "--ext", "1", "2", "--ext", "3"])
run(p, ["--no-feature"])
run(p, ["--feature", "--no-feature", "--feature"])
run(p, ["--version"])
run(p, ["-h"])
run(p, ["--he"])

# append to a default list copies it
d = argparse.ArgumentParser()
default = ["base"]
d.add_argument("--x", action="append", default=default)
print(d.parse_args(["--x", "1"]), default)

c = argparse.ArgumentParser()
c.add_argument("-v", "--verbose", action="count", default=0)
print(c.parse_args(["-vv", "--verbose"]), c.parse_args([]))


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        setattr(namespace, "seen_as", option_string)


u = argparse.ArgumentParser(prog="custom")
u.add_argument("-w", "--word", action=Upper)
u.add_argument("pos", action=Upper)
print(u.parse_args(["abc", "--word", "hi"]))
print(u.parse_args(["-w", "x", "y"]))

for kwargs in [dict(action="store", nargs=0), dict(action="store", const=1),
               dict(action="append", nargs=0), dict(action="nonsense"),
               dict(type="int"), dict(type=argparse.FileType),
               dict(nargs=2, metavar=("A", "B", "C"))]:
    try:
        argparse.ArgumentParser().add_argument("--bad", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    argparse.ArgumentParser().add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    argparse.ArgumentParser().add_argument("pos", dest="other")
except ValueError as e:
    print("ValueError:", e)
try:
    argparse.ArgumentParser().add_argument("-", "--")
except ValueError as e:
    print("ValueError:", e)
try:
    argparse.ArgumentParser().add_argument("x", "y")
except ValueError as e:
    print("ValueError:", e)

a = argparse.ArgumentParser().add_argument("--foo-bar", "-f", type=int, default=3, help="h")
print(a)
print(a.dest, a.option_strings, a.nargs, a.required)
try:
    argparse.Action([], "d")(None, None, None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
