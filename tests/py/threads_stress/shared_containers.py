"""Many threads append to one list and update one dict and one set:
each single operation is atomic under the GIL, so sizes are exact."""
import sys
import threading

sys.setswitchinterval(1e-6)
items = []
table = {}
members = set()

def work(k):
    for i in range(5000):
        items.append(i)
        table[(k, i)] = i
        members.add(k * 100000 + i)
        if i % 2:
            table.pop((k, i - 1))

threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(table), len(members), sum(items))
