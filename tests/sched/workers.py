import threading, queue, time
q = queue.Queue()
cond = threading.Condition()
lock = threading.Lock()
log = []
ready = [0]
def producer(k):
    for i in range(5):
        q.put((k, i))
        with lock:
            log.append("p%d:%d" % (k, i))
        if i == 2:
            time.sleep(0.001)
    with cond:
        ready[0] += 1
        cond.notify_all()
def consumer(k):
    got = 0
    while got < 5:
        item = q.get()
        with lock:
            log.append("c%d<%s" % (k, item))
        got += 1
def waiter():
    with cond:
        cond.wait_for(lambda: ready[0] == 2)
    log.append("all produced")
ts = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
ts += [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
ts.append(threading.Thread(target=waiter))
for t in ts: t.start()
for t in ts: t.join()
print(" ".join(log))
