# logging: exc_info=True / exception() / an exception instance append the
# traceback; stack_info appends the stack. Paths are normalised.
import logging
import re
import sys
import io

buf = io.StringIO()
log = logging.getLogger("exc")
log.propagate = False
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)


def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)


try:
    fail(2)
except KeyError:
    log.exception("caught %s", "it")
    log.error("error with exc_info", exc_info=True)
    log.warning("without exc_info")

try:
    raise ValueError("bad value")
except ValueError as e:
    saved = e
log.error("instance given", exc_info=saved)
log.error("tuple given", exc_info=(type(saved), saved, saved.__traceback__))
log.error("exc_info=True with no exception", exc_info=True)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    log.exception("chained")


def where():
    log.warning("with stack", stack_info=True)


where()

# The exception text is cached on the record and reused.
rec = log.makeRecord("exc", logging.ERROR, "f.py", 1, "m", (), (type(saved), saved, saved.__traceback__))
f = logging.Formatter()
first = f.format(rec)
print(rec.exc_text is not None, f.format(rec) == first)

text = buf.getvalue()
text = re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)
text = "\n".join(l for l in text.split("\n") if l.strip("~^ ") or not l)
print(text)
