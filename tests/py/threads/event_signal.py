import threading
start = threading.Event()
results = []
lock = threading.Lock()
def runner(i):
    start.wait()
    with lock:
        results.append(i * 10)
threads = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for t in threads: t.start()
print("event set?", start.is_set(), "results so far", results)
start.set()
for t in threads: t.join()
print("event set?", start.is_set(), sorted(results))
start.clear()
print("after clear", start.is_set(), start.wait(timeout=0.01))
done = threading.Event()
order = []
def stage1():
    order.append("stage1")
    done.set()
def stage2():
    done.wait()
    order.append("stage2")
t2 = threading.Thread(target=stage2)
t1 = threading.Thread(target=stage1)
t2.start(); t1.start()
t1.join(); t2.join()
print(order)
