# argparse: the default prog (basename of sys.argv[0]), %(prog)s in texts,
# print_help/print_usage to files, version output, long help wrapping.
import argparse
import contextlib
import io
import os
import sys

os.environ["COLUMNS"] = "80"

p = argparse.ArgumentParser(description="%(prog)s does things.",
                            epilog="Run %(prog)s with care.")
print(p.prog)
p.add_argument("--version", action="version", version="%(prog)s version 1.2.3")
p.add_argument("--long", help="word " * 40)
p.add_argument("--percent", help="100%% sure, default %(default)r", default="d")
buf = io.StringIO()
p.print_help(buf)
p.print_usage(buf)
print(buf.getvalue(), end="")

saved = sys.argv[:]
sys.argv = ["/some/dir/mytool.py", "--flag"]
q = argparse.ArgumentParser()
q.add_argument("--flag", action="store_true")
print(q.prog, q.parse_args())
sys.argv = saved

out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["--version"])
    except SystemExit as e:
        code = e.code
print(code, repr(out.getvalue()))

v = argparse.ArgumentParser(prog="v")
v.version = "from the parser attribute"
v.add_argument("-V", action="version")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        v.parse_args(["-V"])
    except SystemExit:
        pass
print(repr(out.getvalue()))

long_version = argparse.ArgumentParser(prog="lv")
long_version.add_argument("--version", action="version",
                          version="lv " + "and more text " * 8)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        long_version.parse_args(["--version"])
    except SystemExit:
        pass
print(out.getvalue(), end="")

w = argparse.ArgumentParser(prog="wide", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100))
w.add_argument("--some-long-option", help="help text here")
w.add_argument("--x", help="short")
print(w.format_help(), end="")
n = argparse.ArgumentParser(prog="narrowfmt", formatter_class=lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=30))
n.add_argument("--opt", help="a help text that wraps in a narrow formatter")
n.add_argument("pos", help="positional help")
print(n.format_help(), end="")
