# logging.config.dictConfig: formatters, filters, handlers (ext:// streams,
# levels, MemoryHandler targets), loggers, root, disable_existing_loggers,
# incremental updates, and the errors for bad configurations.
import logging
import logging.config
import sys

before = logging.getLogger("old.module")
before_child = logging.getLogger("app.db.old")
keep = logging.getLogger("keepme")


class OnlyShort(logging.Filter):
    def filter(self, record):
        return len(record.getMessage()) < 20


def make_formatter(fmt):
    return logging.Formatter("custom<" + fmt + ">")


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{name}|{message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "short": {"()": OnlyShort},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "DEBUG"},
        "errors": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "braces", "level": "ERROR", "filters": ["short"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                   "target": "plain", "flushLevel": 50},
        "plain": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "custom"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console"], "propagate": False},
        "app.db": {"level": "INFO", "filters": ["only_app"]},
        "buffered": {"handlers": ["buffer"], "propagate": False, "level": "INFO"},
    },
    "root": {"level": "WARNING", "handlers": ["errors"]},
}
logging.config.dictConfig(config)
print(sorted(config["handlers"]))          # the caller's dict is not changed
print(type(config["handlers"]["console"]).__name__)

log = logging.getLogger("app")
log.debug("debug from app")
logging.getLogger("app.db").info("info from app.db")
logging.getLogger("app.db").debug("dropped by level")
logging.getLogger("other").error("short error")
logging.getLogger("other").error("a rather long error message that is filtered")
logging.getLogger("other").warning("warning below the handler level")
b = logging.getLogger("buffered")
b.info("one")
print("nothing yet")
b.info("two")
print(before.disabled, before_child.disabled, keep.disabled, logging.getLogger("app.db").disabled)
print(before_child.level, before_child.propagate, before_child.handlers)
print(sorted(logging._handlers.keys()))
print(logging.root.level, [h.name for h in logging.root.handlers])

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "WARNING"}}})
log.warning("filtered by the console handler now")
log.error("still shown")

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                       "formatter": "f"}},
    "formatters": {"f": {"format": "second config: %(message)s"}},
    "root": {"handlers": ["h"], "level": "INFO"},
})
print(before.disabled, logging.getLogger("app").disabled)
logging.getLogger("old.module").info("re-enabled logger")
logging.getLogger("app").error("app has no handlers now, propagates: %s", logging.getLogger("app").propagate)

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "root": {"level": "LOUD"}},
    {"version": 1, "incremental": True, "handlers": {"unknown": {}}},
    {"version": 1, "loggers": {"x": {"filters": ["nofilter"]}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
try:
    logging.config.valid_ident("not valid")
except ValueError as e:
    print("ValueError:", e)
