# logging.handlers: MemoryHandler buffering, QueueHandler + QueueListener,
# RotatingFileHandler.
import logging
import logging.handlers
import os
import queue
import sys

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))

log = logging.getLogger("mem")
log.propagate = False
log.setLevel(logging.DEBUG)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.info("one")
log.info("two")
print("buffered:", len(mh.buffer))
log.info("three")          # capacity reached: flush
print("buffered:", len(mh.buffer))
log.info("four")
log.error("five")          # flush level
print("buffered:", len(mh.buffer))
log.debug("six")
mh.close()                 # flushOnClose
print("after close:", len(mh.buffer), mh.target)
log.removeHandler(mh)

bh = logging.handlers.BufferingHandler(2)
log.addHandler(bh)
log.info("a")
print(len(bh.buffer))
log.info("b")
print(len(bh.buffer))
log.removeHandler(bh)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
try:
    raise ValueError("queued")
except ValueError:
    log.exception("with %s", "args")
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.args, rec.exc_info, rec.exc_text, rec.message.splitlines()[-1])
log.info("plain %d", 1)
rec = q.get_nowait()
print(rec.msg, rec.args, rec.getMessage())

listener = logging.handlers.QueueListener(q, target)
listener.start()
for i in range(5):
    log.warning("through the queue %d", i)
listener.stop()
print(q.empty())

lvl = logging.StreamHandler(sys.stdout)
lvl.setLevel(logging.ERROR)
lvl.setFormatter(logging.Formatter("respecting: %(message)s"))
listener = logging.handlers.QueueListener(q, lvl, respect_handler_level=True)
listener.start()
log.warning("not shown")
log.error("shown")
listener.stop()
log.removeHandler(qh)

base = "/tmp/pygil_test_logging_rotate.log"
def clean():
    for suffix in ["", ".1", ".2", ".3"]:
        if os.path.exists(base + suffix):
            os.remove(base + suffix)
clean()
rh = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.info("record number %d", i)
rh.close()
log.removeHandler(rh)
for suffix in ["", ".1", ".2", ".3"]:
    if os.path.exists(base + suffix):
        with open(base + suffix) as f:
            print(suffix or "(base)", f.read().splitlines())
clean()
