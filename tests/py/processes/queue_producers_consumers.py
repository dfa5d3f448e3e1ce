# multiprocessing queues between processes: several producers and
# consumers, bounded queues, timeouts, SimpleQueue, JoinableQueue.
import multiprocessing as mp
import queue

N_PRODUCERS = 3
N_CONSUMERS = 2
PER_PRODUCER = 40


def producer(q, k):
    for i in range(PER_PRODUCER):
        q.put((k, i, "payload-%d-%d" % (k, i)))


def consumer(q, results):
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    results.put(got)


def square_worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * item)
        jq.task_done()


def simple_echo(inq, outq):
    while True:
        item = inq.get()
        if item == "stop":
            break
        outq.put([item, item])


if __name__ == "__main__":
    q = mp.Queue()
    results = mp.Queue()
    producers = [mp.Process(target=producer, args=(q, k)) for k in range(N_PRODUCERS)]
    consumers = [mp.Process(target=consumer, args=(q, results)) for _ in range(N_CONSUMERS)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)
    parts = [results.get() for _ in consumers]
    for p in consumers:
        p.join()
    items = sorted(x for part in parts for x in part)
    print("received:", len(items), len(set(items)))
    print("per producer in order:", all(
        [i for (k, i, _) in sorted((x for part in parts for x in part if x[0] == kk),
                                   key=lambda t: t[1])] == list(range(PER_PRODUCER))
        for kk in range(N_PRODUCERS)))
    print("each consumer saw each producer's items in order:", all(
        [x[1] for x in part if x[0] == kk] == sorted(x[1] for x in part if x[0] == kk)
        for part in parts for kk in range(N_PRODUCERS)))
    print("first and last:", items[0], items[-1])
    print("exit codes:", [p.exitcode for p in producers + consumers])

    q = mp.Queue()
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("get timeout: Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: Empty")
    print("empty:", q.empty())
    q.put("x")
    print("get:", q.get(timeout=10))

    bq = mp.Queue(maxsize=2)
    bq.put(1)
    bq.put(2)
    print("full:", bq.full())
    try:
        bq.put(3, timeout=0.01)
    except queue.Full:
        print("put timeout: Full")
    try:
        bq.put_nowait(3)
    except queue.Full:
        print("put_nowait: Full")
    print("bounded gets:", bq.get(), bq.get(), bq.full())
    bq.close()
    bq.join_thread()
    try:
        bq.put(4)
    except ValueError:
        print("put after close: ValueError")

    jq = mp.JoinableQueue()
    out = mp.Queue()
    workers = [mp.Process(target=square_worker, args=(jq, out)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(20):
        jq.put(i)
    jq.join()
    print("joinable:", sorted(out.get() for _ in range(20)))
    for w in workers:
        jq.put(None)
    jq.join()
    for w in workers:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

    inq, outq = mp.SimpleQueue(), mp.SimpleQueue()
    p = mp.Process(target=simple_echo, args=(inq, outq))
    p.start()
    print("simple empty:", outq.empty())
    for word in ["a", "bc", ("t",)]:
        inq.put(word)
        print("simple:", outq.get())
    inq.put("stop")
    p.join()
    inq.close()
    outq.close()
    print("done")
