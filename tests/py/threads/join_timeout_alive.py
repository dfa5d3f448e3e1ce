import threading
release = threading.Event()
def blocked():
    release.wait()
t = threading.Thread(target=blocked)
t.start()
t.join(timeout=0.01)
print("alive after short join:", t.is_alive())
release.set()
t.join()
print("alive after release:", t.is_alive())
not_started = threading.Thread(target=lambda: None)
try:
    not_started.join()
except RuntimeError as e:
    print("RuntimeError:", e)
done = threading.Thread(target=lambda: None)
done.start(); done.join()
try:
    done.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
results = []
def chain(n, prev):
    if prev is not None:
        prev.join()
    results.append(n)
prev = None
threads = []
for n in range(5):
    th = threading.Thread(target=chain, args=(n, prev))
    threads.append(th)
    prev = th
for th in threads:
    th.start()
for th in threads:
    th.join()
print(results)
