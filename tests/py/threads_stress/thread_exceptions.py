"""Threads that raise: the exception goes to threading.excepthook (stderr),
the other threads and the program carry on."""
import threading

done = []
lock = threading.Lock()

def work(i):
    if i % 3 == 0:
        raise ValueError("thread %d failed" % i)
    with lock:
        done.append(i)

errors = []
threading.excepthook = lambda args: errors.append((args.exc_type.__name__, str(args.exc_value)))
threads = [threading.Thread(target=work, args=(i,)) for i in range(30)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
print(sorted(errors))
