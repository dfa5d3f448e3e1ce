#!/usr/bin/env python3
"""I/O and process benchmarks: does blocking I/O release the GIL, and do
processes give parallelism?  Each scenario runs under pygil and under
CPython (`python3`) side by side, alternating, and the table shows the
median per interpreter and the ratio pygil/CPython.

usage: python3 benches/io_bench.py [--pygil PATH] [--python PATH] [--runs N]
                                   [--filter SUBSTR]

Scenarios (each is a small program, below, run as `INTERP -c PROGRAM`;
it prints `metric value` lines):

  http_N    100 URLs fetched with urllib.request by N client threads
            (N = 10, 50) from a threaded HTTP server started in a thread of
            the same process; the server sleeps 20 ms before each answer.
            The physical limit is ceil(100/N) * 20 ms: every client thread
            has to wait 20 ms per URL it fetches, so a GIL that is released
            during the sleep and the socket waits gets close to it.
            serial_no_delay_ms is the interpreter's own cost of the 100
            requests (one client, no server sleep): the run cannot beat
            it either, whatever the limit says.
  fork_sum  sum of a 4,000,000-element list, split across 1 and across 2
            forked children (os.fork + os.pipe; each child sums its slice
            in a Python loop and writes the result to its pipe); speed-up
            = time(1 child) / time(2 children).  Also the cost of one fork
            (fork + _exit in the child + waitpid in the parent).
  echo      loopback TCP echo, one client thread and one server thread in
            one process, 16-byte messages: round trips per second.

Time-like metrics end in `_ms` (lower is better); ratio < 1 means pygil is
faster.  For the others (speed-up, round trips) higher is better and the
ratio > 1 means pygil is better.  Not a test: nothing passes or fails, the
`note` column only repeats the target.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PYGIL = os.path.join(os.path.dirname(HERE), "target", "release", "pygil")

HTTP = r'''
import http.server, math, queue, socketserver, sys, threading, time, urllib.request

CLIENTS = int(sys.argv[1])
URLS = 100
DELAY = 0.020

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

class Server(http.server.ThreadingHTTPServer):
    # 50 clients connect at once: a backlog of 5 would drop SYNs and cost
    # 1 s retransmits, in both interpreters.
    request_queue_size = 128
    daemon_threads = True

srv = Server(("127.0.0.1", 0), Handler)
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()

def fetch_all(urls):
    results = []
    def worker():
        while True:
            try:
                u = urls.get_nowait()
            except queue.Empty:
                return
            with urllib.request.urlopen(u) as r:
                results.append(r.read())
    ts = [threading.Thread(target=worker) for _ in range(CLIENTS)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0, results

def url_queue():
    q = queue.Queue()
    for i in range(URLS):
        q.put("http://127.0.0.1:%d/%d" % (port, i))
    return q

fetch_all(url_queue())           # warm-up: imports, first connections
dt, results = fetch_all(url_queue())
assert len(results) == URLS, len(results)
assert sorted(int(r) for r in (b.decode()[1:] for b in results)) == list(range(URLS))
limit = math.ceil(URLS / CLIENTS) * DELAY
# The interpreter's own cost: the same 100 requests, one at a time, with a
# server that answers at once.
DELAY = 0.0
CLIENTS = 1
floor, _ = fetch_all(url_queue())
srv.shutdown()
print("wall_ms %.1f" % (dt * 1000))
print("limit_ms %.1f" % (limit * 1000))
print("over_limit_pct %.1f" % ((dt / limit - 1) * 100))
print("serial_no_delay_ms %.1f" % (floor * 1000))
'''

FORK_SUM = r'''
import os, time

N = 4_000_000
data = list(range(N))
expected = N * (N - 1) // 2

def child_sum(lo, hi):
    s = 0
    for i in range(lo, hi):
        s += data[i]
    return s

def parallel_sum(children):
    t0 = time.perf_counter()
    step = N // children
    procs = []
    for k in range(children):
        lo, hi = k * step, (N if k == children - 1 else (k + 1) * step)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            os.write(w, str(child_sum(lo, hi)).encode())
            os._exit(0)
        os.close(w)
        procs.append((pid, r))
    total = 0
    for pid, r in procs:
        chunks = []
        while True:
            b = os.read(r, 64)
            if not b:
                break
            chunks.append(b)
        os.close(r)
        os.waitpid(pid, 0)
        total += int(b"".join(chunks))
    assert total == expected, total
    return time.perf_counter() - t0

t1 = min(parallel_sum(1) for _ in range(2))
t2 = min(parallel_sum(2) for _ in range(2))

FORKS = 200
t0 = time.perf_counter()
for _ in range(FORKS):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
fork_ms = (time.perf_counter() - t0) / FORKS * 1000

print("sum_1child_ms %.1f" % (t1 * 1000))
print("sum_2children_ms %.1f" % (t2 * 1000))
print("speedup %.2f" % (t1 / t2))
print("fork_ms %.3f" % fork_ms)
'''

ECHO = r'''
import socket, threading, time

N = 20000
MSG = b"0123456789abcdef"

def server(s):
    conn, _ = s.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    while True:
        data = conn.recv(64)
        if not data:
            break
        conn.sendall(data)
    conn.close()

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
t = threading.Thread(target=server, args=(s,))
t.start()
c = socket.create_connection(s.getsockname())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
for _ in range(500):           # warm-up
    c.sendall(MSG); c.recv(64)
t0 = time.perf_counter()
for _ in range(N):
    c.sendall(MSG)
    got = c.recv(64)
dt = time.perf_counter() - t0
assert got == MSG
c.close()
t.join()
s.close()
print("round_trips_per_s %.0f" % (N / dt))
'''

# (name, program, argv, {metric: note})
SCENARIOS = [
    ("http_10", HTTP, ["10"], {"wall_ms": "target: <= 1.15 x limit, <= CPython"}),
    ("http_50", HTTP, ["50"], {"wall_ms": "target: <= 1.15 x limit, <= CPython"}),
    ("fork_sum", FORK_SUM, [], {"speedup": "target: >= 1.7 with 2 children"}),
    ("echo", ECHO, [], {"round_trips_per_s": "target: >= CPython"}),
]

# Metrics whose pygil/CPython ratio means nothing.
NO_RATIO = {"limit_ms", "over_limit_pct"}


def run(cmd, prog, argv):
    try:
        p = subprocess.run(cmd + ["-c", prog] + argv, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return {"error": "timeout after 300 s"}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["exit status %d" % p.returncode])[-1]}
    out = {}
    for line in p.stdout.splitlines():
        k, _, v = line.partition(" ")
        try:
            out[k] = float(v)
        except ValueError:
            pass
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pygil", default=DEFAULT_PYGIL)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--filter", default="")
    a = ap.parse_args()
    interps = [("cpython", [a.python]), ("pygil", [a.pygil])]
    # The parallel scenarios need idle cores: say how busy the machine is.
    print("load average %.2f on %d CPUs (numbers are noisy when it nears the CPU count)"
          % (os.getloadavg()[0], os.cpu_count()))
    print("%-9s %-20s %12s %12s %7s  %s" % ("scenario", "metric", "pygil", "CPython", "ratio", "note"))
    for name, prog, argv, notes in SCENARIOS:
        if a.filter not in name:
            continue
        results = {n: [] for n, _ in interps}
        for _ in range(a.runs):
            for iname, cmd in interps:        # alternate: CPython, pygil, CPython, ...
                results[iname].append(run(cmd, prog, argv))
        metrics = []
        for rs in results.values():
            for r in rs:
                metrics += [k for k in r if k not in metrics and k != "error"]
        for m in metrics:
            med = {}
            for iname, _ in interps:
                vals = [r[m] for r in results[iname] if m in r]
                med[iname] = statistics.median(vals) if vals else None
            cells = ["%.3f" % med[i] if med[i] is not None else "ERR" for i in ("pygil", "cpython")]
            ratio = ("%.2f" % (med["pygil"] / med["cpython"])
                     if med["pygil"] is not None and med["cpython"] and m not in NO_RATIO else "-")
            print("%-9s %-20s %12s %12s %7s  %s" % (name, m, *cells, ratio, notes.get(m, "")))
        for iname, _ in interps:
            for r in results[iname]:
                if "error" in r:
                    print("  %s under %s: %s" % (name, iname, r["error"]))
                    break
    return 0


if __name__ == "__main__":
    sys.exit(main())
