import threading
completed = []
def bad(i):
    if i % 2:
        raise ValueError(f"worker {i} failed")
    completed.append(i)
threads = [threading.Thread(target=bad, args=(i,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
    t.join()
print("completed", sorted(completed))
print("all finished", all(not t.is_alive() for t in threads))
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=bad, args=(5,), name="hooked")
t.start(); t.join()
threading.excepthook = old
print(caught)
errors = []
def safe(i):
    try:
        if i == 2:
            raise KeyError(i)
    except KeyError as e:
        errors.append(repr(e))
ts = [threading.Thread(target=safe, args=(i,)) for i in range(4)]
for x in ts: x.start()
for x in ts: x.join()
print(errors)
