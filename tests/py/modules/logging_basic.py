# logging: the logger tree, levels, propagation and the default format.
import logging
import sys

logging.basicConfig(stream=sys.stdout)
root = logging.getLogger()
print(repr(root), root.level, root is logging.root, logging.getLogger("root") is root)

logging.debug("not shown")
logging.info("not shown either")
logging.warning("a warning %s", "arg")
logging.error("an error %d%%", 5)
logging.critical("critical")

a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(ab.parent is a, abc.parent is ab, a.parent is root)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, root.getChild("z").name)

# A placeholder for x.y is replaced once x.y is created.
deep = logging.getLogger("x.y.z")
print(deep.parent is root)
xy = logging.getLogger("x.y")
print(deep.parent is xy, xy.parent is root)
x = logging.getLogger("x")
print(xy.parent is x, deep.parent is xy)

print(a.getEffectiveLevel(), ab.level)
a.setLevel(logging.DEBUG)
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), repr(abc))
ab.debug("debug via a's level %s", [1, 2])
abc.info("info from %s", abc.name)
ab.setLevel("ERROR")
abc.warning("dropped")
abc.error("kept")
print(repr(ab), repr(abc))

# propagate=False stops at the logger; with no handler anywhere, the last
# resort handler takes over (stderr, not shown here).
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("own handler: %(message)s"))
abc.addHandler(h)
abc.error("twice: own and root")
abc.propagate = False
abc.error("once: own only")
print(abc.hasHandlers(), logging.getLogger("q").hasHandlers())
abc.removeHandler(h)
print(abc.handlers, abc.hasHandlers())

a.log(logging.WARNING, "via log() %s", "x")
a.log(25, "level 25")
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
a.fatal("fatal is critical")
a.disabled = True
a.critical("disabled logger")
a.disabled = False

logging.disable(logging.WARNING)
a.warning("disabled by disable()")
a.error("error passes")
logging.disable(logging.NOTSET)
a.warning("back")
print(sorted(k for k in logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["x"]).__name__)
