import threading
buffer = []
cond = threading.Condition()
consumed = []
DONE = object()
def producer(start, count):
    for i in range(start, start + count):
        with cond:
            buffer.append(i)
            cond.notify()
def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
        if item is DONE:
            break
        consumed.append(item)
c = threading.Thread(target=consumer)
c.start()
producers = [threading.Thread(target=producer, args=(k * 100, 50)) for k in range(3)]
for p in producers: p.start()
for p in producers: p.join()
with cond:
    buffer.append(DONE)
    cond.notify()
c.join()
print(len(consumed), sorted(consumed)[:5], sorted(consumed)[-3:], sum(consumed))
ready = False
state = []
cv = threading.Condition()
def waiter(i):
    with cv:
        cv.wait_for(lambda: ready)
        state.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws: w.start()
with cv:
    ready = True
    cv.notify_all()
for w in ws: w.join()
print(sorted(state))
