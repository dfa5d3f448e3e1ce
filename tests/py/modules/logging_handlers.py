# logging handlers: StreamHandler, FileHandler, NullHandler, handler levels,
# filters (objects and callables), names, reprs, flush/close.
import io
import logging
import os
import sys

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

buf = io.StringIO()
sh = logging.StreamHandler(buf)
sh.setLevel(logging.INFO)
sh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(sh)
log.addHandler(sh)            # added once only
print(len(log.handlers))
log.debug("below the handler's level")
log.info("info")
log.error("error")
print(repr(buf.getvalue()))

out = logging.StreamHandler(sys.stdout)
print(repr(out), repr(logging.StreamHandler(buf)))
print(repr(logging.StreamHandler()), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
out.terminator = " <end>\n"
log.addHandler(out)
log.warning("custom terminator")
old = out.setStream(sys.stdout)
print(old is None)
old = out.setStream(buf)
print(old is sys.stdout)
out.setStream(sys.stdout)

# Filters
class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0

log.removeHandler(sh)
out.terminator = "\n"
out.addFilter(OnlyEven())
for i in range(5):
    log.info("n=%d", i)
out.filters.clear()
out.addFilter(lambda r: "secret" not in r.getMessage())
log.info("public")
log.info("secret stuff")
out.filters.clear()

f = logging.Filter("app.db")
for name in ["app.db", "app.db.pool", "app.dbx", "app", "other"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

db = logging.getLogger("app.db.pool")
db.addHandler(out)
db.propagate = False
db.addFilter(logging.Filter("app.web"))
db.info("refused by the logger's filter")
db.filters.clear()
db.info("passes")

# Handler names
out.set_name("console")
print(out.name, out.get_name(), logging._handlers.get("console") is out)
out.name = "renamed"
print("console" in logging._handlers, logging._handlers.get("renamed") is out)

# emit() of the base class
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)

# FileHandler
path = "/tmp/pygil_test_logging_handlers.log"
if os.path.exists(path):
    os.remove(path)
fh = logging.FileHandler(path, mode="w")
print(repr(fh) == "<FileHandler %s (NOTSET)>" % path, fh.baseFilename == path, fh.mode)
fh.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s"))
log.addHandler(fh)
log.info("to the file")
log.error("again %s", "with args")
fh.close()
log.removeHandler(fh)
with open(path) as fp:
    print(repr(fp.read()))
fh = logging.FileHandler(path, delay=True)
print(fh.stream)
log.addHandler(fh)
log.info("appended")
print(fh.stream is not None)
fh.close()
log.removeHandler(fh)
with open(path) as fp:
    print(fp.read().splitlines())
os.remove(path)

# NullHandler swallows everything
nl = logging.getLogger("quiet")
nl.addHandler(logging.NullHandler())
nl.error("nothing printed")
print(nl.hasHandlers())

# A handler that fails calls handleError; with raiseExceptions off it is silent
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("broken")
        except Exception:
            self.handleError(record)

logging.raiseExceptions = False
bl = logging.getLogger("broken")
bl.propagate = False
bl.addHandler(Broken())
bl.error("lost")
logging.raiseExceptions = True
print("done")
