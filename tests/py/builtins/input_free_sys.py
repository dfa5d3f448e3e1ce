import sys
print(type(sys.stdout).__name__ in ("TextIOWrapper",), sys.stdout.writable())
out = sys.stdout
print(out is sys.stdout, sys.__stdout__ is not None)
sys.stdout.write("write returns count: ")
print(sys.stdout.write("xyz\n"))
from io import StringIO
buf = StringIO()
old = sys.stdout
sys.stdout = buf
print("captured line 1")
print("captured", "line", 2, sep="_")
sys.stdout = old
print("restored; captured =", repr(buf.getvalue()))
print(sys.getrecursionlimit() >= 1000, isinstance(sys.maxsize, int))
err = StringIO()
print("to err", file=err)
print(repr(err.getvalue()))
print(sys.argv[1:] == [], sys.flags.optimize if False else 0)
