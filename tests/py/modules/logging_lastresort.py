# logging with nothing configured: the last-resort handler writes warnings
# and above, message only, to whatever sys.stderr is at that moment.
import io
import logging
import sys

err = io.StringIO()
real = sys.stderr
sys.stderr = err
try:
    log = logging.getLogger("lib")
    log.info("info is below the last resort's level")
    log.warning("warning %d", 1)
    log.error("error")
    log.setLevel(logging.DEBUG)
    log.debug("debug still dropped by the last resort")
    logging.getLogger("lib.sub").critical("from a child")
    print(repr(logging.lastResort), logging.lastResort.level)

    # A NullHandler anywhere up the tree counts as a handler.
    logging.getLogger("lib").addHandler(logging.NullHandler())
    log.error("swallowed")

    # No last resort: a one-time "No handlers" message instead.
    saved = logging.lastResort
    logging.lastResort = None
    other = logging.getLogger("other")
    other.error("first")
    other.error("second")
    logging.lastResort = saved
finally:
    sys.stderr = real
print(err.getvalue(), end="")
print(logging.root.handlers)
