import threading
data = list(range(1, 100001))
N = 8
chunk = len(data) // N
partials = [0] * N
def summer(i):
    lo = i * chunk
    hi = len(data) if i == N - 1 else lo + chunk
    s = 0
    for v in data[lo:hi]:
        s += v
    partials[i] = s
threads = [threading.Thread(target=summer, args=(i,)) for i in range(N)]
for t in threads: t.start()
for t in threads: t.join()
print(partials)
print(sum(partials), sum(data), sum(partials) == 100000 * 100001 // 2)
words = ("alpha beta gamma delta " * 500).split()
counts = {}
lock = threading.Lock()
def count_words(part):
    local = {}
    for w in part:
        local[w] = local.get(w, 0) + 1
    with lock:
        for k, v in local.items():
            counts[k] = counts.get(k, 0) + v
parts = [words[i::4] for i in range(4)]
ts = [threading.Thread(target=count_words, args=(p,)) for p in parts]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(counts.items()))
