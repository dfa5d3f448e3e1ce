# next() on an itertools.count is atomic under CPython's GIL; code uses it
# to hand out unique ids across threads.
import sys
import threading
from itertools import count

sys.setswitchinterval(1e-6)
counter = count()
seen = []

def take(n):
    mine = [next(counter) for _ in range(n)]
    seen.append(mine)

threads = [threading.Thread(target=take, args=(5000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ids = sorted(x for mine in seen for x in mine)
print(len(ids), ids == list(range(40000)), next(counter))
names = []
def named():
    names.append(threading.current_thread().name)
threads = [threading.Thread(target=named) for _ in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(set(names)))
