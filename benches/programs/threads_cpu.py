# Threads: the same CPU-bound work done once sequentially and once split
# across two threads (GIL hand-offs, forced switching, Thread.join).
import threading


def work(lo, hi):
    acc = 0
    for i in range(lo, hi):
        x = i
        x = (x * 2654435761) % 4294967296
        x ^= x >> 13
        acc = (acc + x * (i % 7 + 1)) % 1000000007
    return acc


def sequential(n):
    return [work(0, n // 2), work(n // 2, n)]


def threaded(n):
    results = [None, None]

    def runner(slot, lo, hi):
        results[slot] = work(lo, hi)

    threads = [threading.Thread(target=runner, args=(0, 0, n // 2)),
               threading.Thread(target=runner, args=(1, n // 2, n))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


N = 2000000
seq = sequential(N)
thr = threaded(N)
if seq != thr:
    raise SystemExit("threaded result differs: %r != %r" % (seq, thr))
print("checksum", seq[0], seq[1], (seq[0] + seq[1]) % 1000000007)
