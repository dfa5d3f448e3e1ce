# argparse help output: sections, wrapping, metavars, formatter classes,
# %(prog)s / %(default)s expansion, and the width taken from COLUMNS.
import argparse
import os

os.environ["COLUMNS"] = "80"


def show(p):
    print(p.format_help(), end="")
    print("-" * 20)


p = argparse.ArgumentParser(
    prog="tool",
    description="Process some integers and print a summary of what happened. "
                "This description is long enough to need wrapping.",
    epilog="See %(prog)s --help-all for more.")
p.add_argument("integers", metavar="N", type=int, nargs="+",
               help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum,
               default=max, help="sum the integers (default: find the max)")
p.add_argument("-q", "--quiet", action="store_true", help="say less")
p.add_argument("--level", type=int, default=3, help="level, default %(default)s, type %(type)s")
p.add_argument("--color", choices=["red", "green"], help="one of %(choices)s")
p.add_argument("--point", nargs=2, metavar=("X", "Y"), help="a point")
p.add_argument("--opt", nargs="?", const="c", help="optional value")
p.add_argument("--many", nargs="*", help="zero or more")
p.add_argument("--a-very-long-option-name-indeed", help="help goes on the next line")
p.add_argument("--nohelp")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("rest", nargs=argparse.REMAINDER, help="everything else")
show(p)
p.print_usage()
print(repr(p.format_usage()))

g = argparse.ArgumentParser(prog="grouped", add_help=False)
io_group = g.add_argument_group("input/output", "Where data comes from and goes.")
io_group.add_argument("--in", dest="inp", help="input")
io_group.add_argument("--out", help="output")
empty = g.add_argument_group("empty group")
g.add_argument("pos")
show(g)

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="line one\n    indented line two\n\nparagraph",
                              epilog="  keep\n  this")
raw.add_argument("--x", help="not   raw\n  here")
show(raw)

rawtext = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
rawtext.add_argument("--x", help="raw\n  help text\nkept")
show(rawtext)

dflt = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument("--n", type=int, default=5, help="a number")
dflt.add_argument("--s", default="x")
dflt.add_argument("--already", default=1, help="has %(default)s already")
dflt.add_argument("pos", help="positional")
dflt.add_argument("maybe", nargs="?", default="m", help="optional positional")
dflt.add_argument("--sup", default=argparse.SUPPRESS, help="suppressed default")
show(dflt)

mt = argparse.ArgumentParser(prog="metatype", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--n", type=int)
mt.add_argument("f", type=float)
show(mt)

for cols in ["40", "120", "20"]:
    os.environ["COLUMNS"] = cols
    w = argparse.ArgumentParser(prog="width", description="A description that is long enough to wrap at forty columns or so.")
    w.add_argument("--alpha", help="the first option has a fairly long help text as well")
    w.add_argument("--beta-gamma-delta", metavar="VALUE", help="second")
    w.add_argument("target", help="what to act on")
    print("COLUMNS", cols)
    show(w)
os.environ["COLUMNS"] = "80"

noargs = argparse.ArgumentParser(prog="bare", add_help=False)
print(repr(noargs.format_help()), repr(noargs.format_usage()))
custom = argparse.ArgumentParser(prog="cu", usage="%(prog)s [options] thing")
custom.add_argument("thing")
show(custom)
nousage = argparse.ArgumentParser(prog="nu", usage=argparse.SUPPRESS, description="d")
show(nousage)

# Changing group titles
t = argparse.ArgumentParser(prog="titles")
t._optionals.title = "Options"
t._positionals.title = "Arguments"
t.add_argument("x")
show(t)
