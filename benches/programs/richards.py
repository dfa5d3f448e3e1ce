# Scheduler simulation in the style of the classic "Richards" OS benchmark
# (written from scratch here): prioritized task control blocks in a linked
# list, packets passed between an idle task, a worker, two handlers and two
# devices; hold/release/wait/send state transitions. No coroutines.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_LEN = 4


class Packet:
    __slots__ = ("link", "dest", "kind", "datum", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_LEN


def enqueue(queue, pkt):
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Task:
    def __init__(self, sched, ident, prio, queue):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.next = None
        sched.add(self)

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    # state transitions, each returns the task the scheduler should look at next
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.held = True
        self.sched.holds += 1
        return self.next

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.held = False
        return t if t.prio > self.prio else self

    def send(self, pkt, ident):
        t = self.sched.tasks[ident]
        t.queue = enqueue(t.queue, pkt)
        self.sched.sends += 1
        return t if t.prio > self.prio and not t.held else self


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.datum = 0
        data = pkt.data
        for i in range(DATA_LEN):
            self.letter = self.letter % 26 + 1
            data[i] = self.letter
        return self.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue, device):
        Task.__init__(self, sched, ident, prio, queue)
        self.device = device
        self.work = None
        self.devq = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = enqueue(self.work, pkt)
            else:
                self.devq = enqueue(self.devq, pkt)
        w = self.work
        if w is not None:
            count = w.datum
            if count >= DATA_LEN:
                self.work = w.link
                return self.send(w, WORKER)
            d = self.devq
            if d is not None:
                self.devq = d.link
                d.datum = w.data[count]
                w.datum = count + 1
                return self.send(d, self.device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            p = self.pending
            if p is None:
                return self.wait()
            self.pending = None
            return self.send(p, p.dest)
        self.pending = pkt
        self.sched.output = (self.sched.output * 31 + pkt.datum * (self.ident + 1)) % 1000000007
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.holds = 0
        self.sends = 0
        self.output = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the list sorted by descending priority
        if self.head is None or task.prio > self.head.prio:
            task.next = self.head
            self.head = task
            return
        p = self.head
        while p.next is not None and p.next.prio >= task.prio:
            p = p.next
        task.next = p.next
        p.next = task

    def run(self):
        t = self.head
        while t is not None:
            if not t.runnable():
                t = t.next
                continue
            pkt = t.queue
            if pkt is not None:
                t.queue = pkt.link
                pkt.link = None
                t.waiting = False
            self.switches += 1
            t = t.run(pkt)


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    WorkerTask(s, wq)
    qa = None
    for _ in range(3):
        qa = Packet(qa, HANDLER_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, qa, DEVICE_A)
    qb = None
    for _ in range(3):
        qb = Packet(qb, HANDLER_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, qb, DEVICE_B)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.holds, s.sends, s.output, s.switches


total = 0
res = None
for i in range(24):
    res = simulate(12000 + i * 100)
    total = (total * 7 + sum(res)) % 1000000007
print("checksum", total, *res)
