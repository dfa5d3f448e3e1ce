# argparse error reporting: usage + "prog: error: ..." on stderr and exit
# status 2, exit_on_error=False, ArgumentTypeError, error()/exit() overrides.
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
    print(err.getvalue(), end="")


p = argparse.ArgumentParser(prog="errs")
p.add_argument("src")
p.add_argument("dst", nargs="+")
p.add_argument("--count", type=int, required=True)
p.add_argument("--mode", choices=["fast", "slow"])
p.add_argument("--pair", nargs=2, type=float)
g = p.add_mutually_exclusive_group()
g.add_argument("--loud", action="store_true")
g.add_argument("--quiet", action="store_true")
g.add_argument("--level", type=int)
run(p, [])
run(p, ["a"])
run(p, ["a", "b"])
run(p, ["a", "b", "--count", "x"])
run(p, ["a", "b", "--count"])
run(p, ["a", "b", "--count", "1", "--mode", "medium"])
run(p, ["a", "b", "--count", "1", "--pair", "1", "two"])
run(p, ["a", "b", "--count", "1", "--pair", "1"])
run(p, ["a", "b", "--count", "1", "--loud", "--quiet"])
run(p, ["a", "b", "--count", "1", "--level", "3", "--loud"])
run(p, ["a", "b", "--count", "1", "extra", "--what", "-z"])
run(p, ["a", "b", "--count", "1", "--loud=yes"])
run(p, ["a", "b", "--count=1", "--mode", "fast"])

req = argparse.ArgumentParser(prog="req")
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument("--on", action="store_true")
rg.add_argument("--off", action="store_true")
rg.add_argument("--secret", action="store_true", help=argparse.SUPPRESS)
run(req, [])
run(req, ["--on"])


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive number" % text)
    return n


def broken(text):
    raise KeyError(text)


t = argparse.ArgumentParser(prog="types")
t.add_argument("n", type=positive)
run(t, ["5"])
run(t, ["-5"])
run(t, ["0"])
run(t, ["zz"])

noexit = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
noexit.add_argument("--n", type=int)
noexit.add_argument("--c", choices="ab")
for args in [["--n", "q"], ["--c", "z"], ["--n"]]:
    try:
        noexit.parse_args(args)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
run(noexit, ["--unknown"])


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)


r = Raising(prog="raising")
r.add_argument("x", type=int)
for args in [[], ["a"], ["1", "2"]]:
    try:
        r.parse_args(args)
    except ValueError as e:
        print(e)

e = argparse.ArgumentParser(prog="exiter")
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        e.exit(3, "bye\n")
    except SystemExit as ex:
        print("exit code", ex.code, repr(err.getvalue()))
    try:
        e.exit()
    except SystemExit as ex:
        print("exit code", ex.code)

err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        e.error("a custom problem")
    except SystemExit as ex:
        print("error() exit code", ex.code)
print(err.getvalue(), end="")

c = argparse.ArgumentParser(prog="conflict")
c.add_argument("-x", "--ex")
for args in [("-x",), ("--ex", "-y"), ("-x", "--ex")]:
    try:
        c.add_argument(*args)
    except argparse.ArgumentError as ex:
        print("ArgumentError:", ex)
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as ex:
    print("ValueError:", ex)
try:
    argparse.ArgumentParser().add_mutually_exclusive_group().add_argument("--r", required=True)
except ValueError as ex:
    print("ValueError:", ex)
print(str(argparse.ArgumentError(None, "no argument")))
