import threading
names = {}
lock = threading.Lock()
def record(idx):
    with lock:
        names[idx] = threading.current_thread().name
threads = [threading.Thread(target=record, args=(i,), name=f"worker-{i}") for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print([names[i] for i in range(5)])
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
t = threading.Thread(target=lambda: None, name="custom")
print(t.name, t.is_alive())
t.name = "renamed"
t.start(); t.join()
print(t.name, t.is_alive())
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"MyThread-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = (threading.current_thread().name, self.n ** 2)
mts = [MyThread(i) for i in range(3)]
for m in mts: m.start()
for m in mts: m.join()
print([m.result for m in mts])
seen_main = []
def check_main():
    seen_main.append(threading.current_thread() is threading.main_thread())
w = threading.Thread(target=check_main)
w.start(); w.join()
print(seen_main)
print(threading.active_count() >= 1)
