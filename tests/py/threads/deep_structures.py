# Deeply nested structures in a thread (smaller stack than the main
# thread): repr raises RecursionError, and freeing a million nested lists
# or a long chain of instances does not overflow the stack.
import threading

results = []


class Link:
    def __init__(self, nxt):
        self.nxt = nxt


def work():
    nested = []
    for _ in range(1000000):
        nested = [nested]
    try:
        repr(nested)
        results.append("repr ok")
    except RecursionError:
        results.append("repr RecursionError")
    del nested
    chain = None
    for _ in range(500000):
        chain = Link(chain)
    del chain
    d = {}
    for _ in range(200000):
        d = {"k": d}
    del d
    results.append("freed")


t = threading.Thread(target=work)
t.start()
t.join()
print(results)
