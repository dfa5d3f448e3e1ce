# logging.LoggerAdapter, extra=, LogRecord arguments, record factories,
# logger classes.
import logging
import sys

log = logging.getLogger("adapt")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(user)s] %(message)s (%(funcName)s)"))
log.addHandler(h)

ad = logging.LoggerAdapter(log, {"user": "ann"})
print(repr(ad), ad.name, ad.manager is log.manager, ad.isEnabledFor(logging.DEBUG))


def act():
    ad.info("logged in")
    ad.debug("debug %s", "args")


act()
ad.warning("warn")
ad.error("error")
ad.critical("critical")
ad.log(logging.INFO, "via log")
try:
    raise IndexError("oops")
except IndexError:
    h.setFormatter(logging.Formatter("%(levelname)s [%(user)s] %(message)s"))
    ad.exception("exception", exc_info=False)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


h.setFormatter(logging.Formatter("%(message)s"))
p = Prefix(log, {"id": 7})
p.info("prefixed")
ad.setLevel(logging.ERROR)
print(log.level, ad.getEffectiveLevel(), ad.hasHandlers())
ad.info("dropped")
log.setLevel(logging.DEBUG)

h.setFormatter(logging.Formatter("%(message)s %(color)s"))
log.info("extra", extra={"color": "red"})
for key in ["message", "asctime", "levelname"]:
    try:
        log.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)

h.setFormatter(logging.Formatter("%(message)s"))
log.info("%(a)s-%(b)s", {"a": 1, "b": 2})
log.info("%s", {"a": 1})
log.info("%s %s", {"a": 1}, 2)
log.info("empty mapping %s", {})

r = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 10, "hi %s", ("there",), None, func="fn")
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.getMessage())
print(r.exc_info, r.exc_text, r.stack_info, r.args)


class MyLogger(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("my: " + msg, *args, **kwargs)


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger)
m = logging.getLogger("custom.one")
print(type(m).__name__, type(logging.getLogger("adapt")).__name__)
m.addHandler(h)
m.propagate = False
m.setLevel(logging.INFO)
m.info("hello")
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)

old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom = "from factory"
    return rec


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(message)s / %(custom)s"))
log.info("factory")
logging.setLogRecordFactory(old)
