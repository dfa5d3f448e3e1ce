# argparse sub-commands: add_subparsers/add_parser, set_defaults dispatch,
# aliases, titles, required sub-commands, nested sub-commands, help.
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
    print(out.getvalue() + err.getvalue(), end="")
    return result


def cmd_add(ns):
    return "adding %s" % ns.items


def cmd_remove(ns):
    return "removing %s (force=%s)" % (ns.name, ns.force)


p = argparse.ArgumentParser(prog="pkg", description="A package tool.")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(title="commands", description="valid commands",
                       help="what to do", dest="command")
add = sub.add_parser("add", help="add items", aliases=["a", "install"])
add.add_argument("items", nargs="+")
add.set_defaults(func="cmd_add")
rm = sub.add_parser("remove", help="remove an item")
rm.add_argument("name")
rm.add_argument("-f", "--force", action="store_true")
rm.set_defaults(func="cmd_remove")
sub.add_parser("list")
print(p.format_help(), end="")
print("---")
for args in [["add", "x", "y"], ["a", "z"], ["--debug", "remove", "-f", "thing"],
             ["list"], []]:
    ns = run(p, args)
    if hasattr(ns, "func"):
        print("  dispatch:", globals()[ns.func](ns))
run(p, ["remove"])
run(p, ["frobnicate"])
run(p, ["add", "-h"])
run(p, ["remove", "x", "--what"])
run(p, ["-h"])
print(add.prog, rm.prog)
try:
    sub.add_parser("add")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    sub.add_parser("new", aliases=["a"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.add_subparsers()
    except SystemExit as e:
        print("second add_subparsers:", e.code, err.getvalue().splitlines()[-1])

r = argparse.ArgumentParser(prog="req")
rs = r.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
rs.add_parser("go", help="go somewhere")
rs.add_parser("stop")
run(r, [])
run(r, ["go"])
print(r.format_help(), end="")

nodest = argparse.ArgumentParser(prog="nodest")
ns_sub = nodest.add_subparsers()
one = ns_sub.add_parser("one")
one.add_argument("--v", default="one-default")
run(nodest, ["one"])
run(nodest, [])

# positional before the sub-command, and a nested sub-command
outer = argparse.ArgumentParser(prog="outer")
outer.add_argument("target")
osub = outer.add_subparsers(dest="verb")
db = osub.add_parser("db")
dsub = db.add_subparsers(dest="dbverb")
mig = dsub.add_parser("migrate")
mig.add_argument("--to", type=int, default=0)
print(mig.prog)
run(outer, ["prod", "db", "migrate", "--to", "5"])
run(outer, ["prod", "db", "migrate", "--to"])
print(mig.format_usage(), end="")

# defaults: the parent's set_defaults vs the sub-parser's
dp = argparse.ArgumentParser(prog="dp")
dp.set_defaults(shared="parent")
dsp = dp.add_subparsers(dest="c")
child = dsp.add_parser("child")
child.set_defaults(shared="child")
run(dp, ["child"])
run(dp, [])

custom = argparse.ArgumentParser(prog="custom")
csub = custom.add_subparsers(prog="CUSTOM PROG", title="things")
x = csub.add_parser("x", help="the x")
print(x.prog)
print(custom.format_help(), end="")
