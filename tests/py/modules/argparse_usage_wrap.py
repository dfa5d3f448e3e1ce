# argparse usage lines: wrapping of long usages, long program names,
# mutually exclusive groups (optional, required, with suppressed members).
import argparse
import os

os.environ["COLUMNS"] = "80"


def usage(p):
    print(p.format_usage(), end="")


p = argparse.ArgumentParser(prog="wrapper")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    p.add_argument("--" + name, metavar=name.upper())
p.add_argument("source")
p.add_argument("destinations", nargs="+")
usage(p)

only_pos = argparse.ArgumentParser(prog="positional-only", add_help=False)
for i in range(12):
    only_pos.add_argument("argument_number_%d" % i)
usage(only_pos)

long_prog = argparse.ArgumentParser(prog="a-program-name-that-is-really-quite-long-for-a-command-x")
long_prog.add_argument("--first-option", metavar="VALUE")
long_prog.add_argument("--second-option", metavar="VALUE")
long_prog.add_argument("files", nargs="*")
usage(long_prog)
long_prog2 = argparse.ArgumentParser(prog="p" * 70)
long_prog2.add_argument("-x")
usage(long_prog2)
long_prog3 = argparse.ArgumentParser(prog="q" * 70, add_help=False)
long_prog3.add_argument("pos")
usage(long_prog3)

m = argparse.ArgumentParser(prog="mutex")
g = m.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", metavar="B")
g.add_argument("--baz", nargs="?")
r = m.add_mutually_exclusive_group(required=True)
r.add_argument("-a", action="store_true")
r.add_argument("-b", action="store_true")
one = m.add_mutually_exclusive_group(required=True)
one.add_argument("--only")
sup = m.add_mutually_exclusive_group()
sup.add_argument("--shown", action="store_true")
sup.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)
sup.add_argument("--also", action="store_true")
pg = m.add_mutually_exclusive_group()
pg.add_argument("--opt", action="store_true")
pg.add_argument("posi", nargs="?")
usage(m)
print(m.format_help(), end="")

# Group members not adjacent: no brackets for the group.
split = argparse.ArgumentParser(prog="split")
sg = split.add_mutually_exclusive_group()
sg.add_argument("--one", action="store_true")
split.add_argument("--between", action="store_true")
sg.add_argument("--two", action="store_true")
usage(split)

nargs = argparse.ArgumentParser(prog="nargs")
nargs.add_argument("a", nargs="?")
nargs.add_argument("b", nargs="*")
nargs.add_argument("c", nargs="+")
nargs.add_argument("d", nargs=3)
nargs.add_argument("e", nargs=argparse.REMAINDER)
nargs.add_argument("--f", nargs="*", metavar=("X", "Y"))
nargs.add_argument("--g", nargs="+", metavar=("P", "Q"))
nargs.add_argument("--h2", nargs=1)
nargs.add_argument("--req", required=True)
nargs.add_argument("--bool", action=argparse.BooleanOptionalAction, help="on or off")
usage(nargs)
print(nargs.format_help(), end="")

os.environ["COLUMNS"] = "50"
narrow = argparse.ArgumentParser(prog="narrow")
ng = narrow.add_mutually_exclusive_group()
ng.add_argument("--left-side-option", action="store_true")
ng.add_argument("--right-side-option", action="store_true")
narrow.add_argument("--x", metavar="SOMETHING_LONG")
narrow.add_argument("inputs", nargs="+")
usage(narrow)
