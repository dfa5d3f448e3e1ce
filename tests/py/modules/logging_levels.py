# logging levels: names both ways, custom levels, checking, caching,
# disable().
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for v in [50, 40, 30, 20, 10, 0, 15, "CRITICAL", "FATAL", "WARN", "INFO", "nope"]:
    print(repr(v), "->", repr(logging.getLevelName(v)))
print(sorted(logging.getLevelNamesMapping().items()))

logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))

log = logging.getLogger("lv")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s(%(levelno)s) %(message)s"))
log.addHandler(h)
log.setLevel("VERBOSE")
log.log(15, "custom level")
log.debug("dropped")
log.log(5, "dropped too")
log.setLevel(1)
log.log(5, "level 5 has no name")

for bad in ["LOUD", 2.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(log.level)

log.setLevel(logging.WARNING)
print(log.isEnabledFor(logging.INFO), sorted(log._cache.items()))
log.setLevel(logging.INFO)
print(sorted(log._cache.items()), log.isEnabledFor(logging.INFO))

logging.disable()
print(log.isEnabledFor(logging.CRITICAL), logging.root.manager.disable)
logging.disable(logging.INFO)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
logging.disable(0)
print(log.isEnabledFor(logging.INFO))
try:
    logging.disable("NOPE")
except ValueError as e:
    print("ValueError:", e)

h.setLevel("ERROR")
print(repr(h).endswith("(ERROR)>"), h.level)
log.warning("handler drops it")
log.error("handler passes it")
