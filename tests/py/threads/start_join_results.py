import threading
results = [None] * 8
def work(idx):
    total = 0
    for i in range(1, 10001):
        total += i * (idx + 1)
    results[idx] = total
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(sum(results), all(not t.is_alive() for t in threads))
def square(n, out):
    out[n] = n * n
out = {}
ts = [threading.Thread(target=square, args=(n, out)) for n in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
