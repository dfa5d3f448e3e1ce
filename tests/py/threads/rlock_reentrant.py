import threading
rlock = threading.RLock()
log = []
def outer(tag):
    with rlock:
        log.append(f"{tag}-outer")
        inner(tag)
def inner(tag):
    with rlock:
        log.append(f"{tag}-inner")
outer("main")
print(log)
log.clear()
threads = [threading.Thread(target=outer, args=(f"t{i}",)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(log))
for i in range(4):
    oi = log.index(f"t{i}-outer")
    print(f"t{i}", log[oi + 1] == f"t{i}-inner")
rlock.acquire()
rlock.acquire()
rlock.release()
rlock.release()
print("released twice ok")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
    def deposit(self, n):
        with self.lock:
            self.balance += n
    def deposit_many(self, n, times):
        with self.lock:
            for _ in range(times):
                self.deposit(n)
acct = Account()
ts = [threading.Thread(target=acct.deposit_many, args=(i, 1000)) for i in range(1, 6)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance)
