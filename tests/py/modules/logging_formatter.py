# logging.Formatter: %-style, {-style and $-style, record attributes,
# times (made deterministic), validation errors.
import logging
import sys
import time

FIXED = 1000000000.25


class FixedRecord(logging.LogRecord):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = FIXED
        self.msecs = 250.0
        self.relativeCreated = 1234.5
        self.thread = 42
        self.process = 7


logging.setLogRecordFactory(FixedRecord)
print(logging.getLogRecordFactory() is FixedRecord)

log = logging.getLogger("fmt")
log.propagate = False
log.setLevel(logging.DEBUG)
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)


def show(formatter, msg="hello %s", *args):
    handler.setFormatter(formatter)
    log.info(msg, *(args or ("world",)))


logging.Formatter.converter = time.gmtime
show(logging.Formatter())
show(logging.Formatter("%(levelname)s %(levelno)d %(name)s: %(message)s"))
show(logging.Formatter("%(asctime)s %(message)s"))
show(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H.%M"))
show(logging.Formatter("[%(msecs)03d] [%(created)f] [%(relativeCreated)d]"))
show(logging.Formatter("%(filename)s %(module)s %(funcName)s %(lineno)d"))
show(logging.Formatter("%(thread)d %(threadName)s %(process)d %(processName)s"))
show(logging.Formatter("%(levelname)-8s|%(name)10s|%(message).3s"))
show(logging.Formatter("{levelname}:{name}:{message}", style="{"))
show(logging.Formatter("{asctime} {message:>12}", style="{"))
show(logging.Formatter("$levelname ${name} $message", style="$"))
show(logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"}))
show(logging.Formatter("{message} {custom}", style="{", defaults={"custom": 5}))


def inner():
    log.warning("from a function")


handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
inner()
log.info("with a mapping: %(a)s and %(b)d", {"a": "A", "b": 2})
log.info("no args: %s %d")
log.info(["not", "a", "string"])

f = logging.Formatter("%(levelname)s %(message)s")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelname": "X"})
print(f.format(rec))
print(rec.getMessage(), rec.message)
print(f.formatTime(rec), f.formatTime(rec, "%Y"))
print(repr(logging.LogRecord("n", 10, "/p/f.py", 3, "m %s", ("a",), None)))

for fmt, style in [("no fields", "%"), ("%(message)", "%"), ("{0!x}", "{"),
                   ("no fields", "{"), ("$", "$"), ("none", "$")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter(style="#")
except ValueError as e:
    print("ValueError:", e)
print(logging.Formatter("{x}", style="{", validate=False)._fmt)
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter().usesTime(),
      logging.Formatter("${asctime}", style="$").usesTime())

handler.setFormatter(logging.Formatter("%(message)s %(missing)s"))
try:
    logging.Formatter("%(message)s %(missing)s").format(rec)
except ValueError as e:
    print("ValueError:", e)


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()


show(Upper("%(name)s says %(message)s"))

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([rec, rec])), repr(bf.format([])))
