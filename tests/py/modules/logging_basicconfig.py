# logging.basicConfig: stream, format, datefmt, style, level, filename,
# filemode, handlers, force, and its errors; module-level functions.
import logging
import os
import sys

# The module functions configure the root logger on first use, writing to
# sys.stderr as it is then: point it at stdout first.
real_stderr = sys.stderr
sys.stderr = sys.stdout
logging.warning("module-level warning configures the root")
sys.stderr = real_stderr
root = logging.getLogger()
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
print(root.handlers[0].formatter._fmt)

# A second call does nothing while the root has handlers.
logging.basicConfig(format="ignored %(message)s", level=logging.DEBUG)
logging.info("still dropped")
print(root.level, len(root.handlers))

logging.basicConfig(stream=sys.stdout, format="%(name)s|%(levelname)s|%(message)s",
                    level="INFO", force=True)
logging.info("after force")
logging.getLogger("child").info("from a child")
print(root.level, len(root.handlers))

logging.basicConfig(stream=sys.stdout, style="{", format="{levelname} {message}",
                    force=True, level=logging.DEBUG)
logging.debug("brace style")
logging.log(logging.INFO, "log() %s", "works")
logging.critical("critical")
logging.fatal("fatal")
logging.error("error %s", "args")

logging.basicConfig(stream=sys.stdout, style="$", format="$levelname: $message", force=True)
logging.error("dollar style")
print(root.level)

h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2 keeps its own: %(message)s"))
logging.basicConfig(handlers=[h1, h2], format="h1 gets the basic format: %(message)s", force=True)
logging.error("two handlers")

path = "/tmp/pygil_test_logging_basicconfig.log"
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s:%(message)s", force=True)
print(type(root.handlers[0]).__name__, root.handlers[0].mode)
logging.error("into the file")
logging.warning("line two")
logging.basicConfig(stream=sys.stdout, force=True, format="%(message)s")
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)

for kwargs in [dict(stream=sys.stdout, filename="x"),
               dict(handlers=[h1], stream=sys.stdout),
               dict(style="%%"),
               dict(bogus=1, other=2),
               dict(level="LOUD")]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(len(root.handlers))
