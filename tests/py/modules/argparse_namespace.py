# argparse: Namespace, parse_known_args, namespace=, defaults, parents,
# conflict_handler='resolve', argument_default, fromfile_prefix_chars,
# FileType, dest naming, reprs.
import argparse
import contextlib
import io
import os

os.environ["COLUMNS"] = "80"

ns = argparse.Namespace(b=2, a=1)
print(ns, ns.a, "a" in ns, "z" in ns, vars(ns))
print(ns == argparse.Namespace(a=1, b=2), ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=1))
print(ns == 5, argparse.Namespace(), argparse.Namespace(**{"not valid": 1, "ok": 2}))

p = argparse.ArgumentParser(prog="known")
p.add_argument("--foo-bar", "-f")
p.add_argument("-q", dest="quiet_mode", action="store_true")
p.add_argument("--x-y-z", dest="custom")
p.add_argument("pos", nargs="?")
print(p.parse_known_args(["--foo-bar", "1", "--zzz", "p", "rest", "-q"]))
print(p.parse_known_args(["-f2", "-u", "--custom"]))


class Holder:
    pass


h = Holder()
h.foo_bar = "preset"
r = p.parse_args(["-q"], namespace=h)
print(r is h, h.foo_bar, h.quiet_mode, h.pos)
existing = argparse.Namespace(pos="already", extra=1)
print(p.parse_args([], namespace=existing))

d = argparse.ArgumentParser(prog="defaults")
d.add_argument("--n", type=int, default="7")
d.add_argument("--m", type=int, default=8)
d.add_argument("--s")
d.set_defaults(s="from set_defaults", other="not an argument")
print(d.parse_args([]), d.get_default("s"), d.get_default("other"), d.get_default("nope"))
d.set_defaults(n="9")
print(d.parse_args([]), d.get_default("n"))

sup = argparse.ArgumentParser(prog="sup", argument_default=argparse.SUPPRESS)
sup.add_argument("--a")
sup.add_argument("--b", default=1)
sup.add_argument("c", nargs="?")
print(sup.parse_args([]), sup.parse_args(["--a", "x", "y"]))
allnone = argparse.ArgumentParser(argument_default=0)
allnone.add_argument("--z")
print(allnone.parse_args([]))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
pg = parent.add_argument_group("parent group", "from the parent")
pg.add_argument("--grouped", action="store_true")
pm = parent.add_mutually_exclusive_group()
pm.add_argument("--left", action="store_true")
pm.add_argument("--right", action="store_true")
parent.set_defaults(parent_default=True)
child = argparse.ArgumentParser(prog="child", parents=[parent], description="has a parent")
child.add_argument("own")
print(child.parse_args(["x", "--left", "--grouped"]))
print(child.format_help(), end="")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        child.parse_args(["x", "--left", "--right"])
    except SystemExit:
        pass
print(err.getvalue().splitlines()[-1])

res = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
res.add_argument("-x", "--ex", help="old")
res.add_argument("-x", help="new x")
res.add_argument("--ex", help="new ex")
res.add_argument("-h", "--help", action="store_true", help="no longer help")
print(res.format_help(), end="")
print(res.parse_args(["-h"]))

path = "/tmp/pygil_test_argparse_args.txt"
with open(path, "w") as f:
    f.write("--name\nfrom file\n@%s\n" % (path + ".2"))
with open(path + ".2", "w") as f:
    f.write("nested\n")
ff = argparse.ArgumentParser(prog="files", fromfile_prefix_chars="@")
ff.add_argument("--name")
ff.add_argument("rest", nargs="*")
print(ff.parse_args(["@" + path, "a", "b"]))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        ff.parse_args(["@/tmp/pygil_test_argparse_missing.txt"])
    except SystemExit as e:
        print("missing file exit", e.code)
print(err.getvalue().splitlines()[-1])
os.remove(path + ".2")

ft = argparse.ArgumentParser(prog="filetype")
ft.add_argument("infile", type=argparse.FileType("r"))
ft.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
a = ft.parse_args([path])
print(a.infile.readline().strip())
a.infile.close()
import sys
print(ft.parse_args(["-"]).infile is sys.stdin, ft.parse_args(["-", "--out", "-"]).out is sys.stdout)
print(argparse.FileType("rb", 0), argparse.FileType(), argparse.FileType("w", encoding="latin-1", errors="strict"))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        ft.parse_args(["/tmp/pygil_test_no/such/file"])
    except SystemExit:
        pass
print(err.getvalue().splitlines()[-1])
os.remove(path)

print(argparse.ArgumentParser(prog="r", description="d"))
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.REMAINDER, argparse.PARSER)
grp = argparse.ArgumentParser().add_argument_group("t")
print(type(grp).__name__, grp.title)
