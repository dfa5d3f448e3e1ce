# Sleeps and timeouts run on the scheduler's virtual clock: the order in
# which sleepers wake follows their deadlines, and a spinning thread does
# not keep them asleep forever.
import threading
import time

order = []
stop = False


def sleeper(name, delay):
    time.sleep(delay)
    order.append(name)


def spinner():
    spins = 0
    while not stop:
        spins += 1


threads = [threading.Thread(target=sleeper, args=(n, d)) for n, d in [("c", 0.03), ("a", 0.01), ("b", 0.02)]]
spin = threading.Thread(target=spinner)
spin.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
stop = True
spin.join()
ev = threading.Event()
print(order, ev.wait(0.05))
