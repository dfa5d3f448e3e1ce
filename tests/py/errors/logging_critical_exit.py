# logging to stdout, then a fatal error logged and the program exits 1 via
# an uncaught exception raised by a bad format string.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")
log.info("starting")
log.critical("giving up")
logging.Formatter("%(message)s", style="!")
