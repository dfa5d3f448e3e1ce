"""The convoy effect (bpo-7946): an echo client/server pair in two threads
over loopback, alone and while a third thread spins in pure Python.
Prints round trips per second in both phases and the CPU thread's progress
alone and alongside the I/O."""
import socket
import threading
import time

PHASE = 1.5

def echo_server(sock):
    conn, _ = sock.accept()
    while True:
        data = conn.recv(64)
        if not data:
            break
        conn.sendall(data)
    conn.close()

def round_trips(port, seconds):
    c = socket.create_connection(("127.0.0.1", port))
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    n = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        c.sendall(b"x")
        c.recv(64)
        n += 1
    c.close()
    return n / seconds

def serve_once():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    t = threading.Thread(target=echo_server, args=(s,), daemon=True)
    t.start()
    return s, s.getsockname()[1]

stop = False
progress = [0]

def spin():
    n = 0
    while not stop:
        n += 1
    progress[0] = n

def spin_for(seconds):
    global stop
    stop = False
    t = threading.Thread(target=spin)
    t.start()
    time.sleep(seconds)
    stop = True
    t.join()
    return progress[0] / seconds

s, port = serve_once()
alone = round_trips(port, PHASE)
s.close()

cpu_alone = spin_for(PHASE)

s, port = serve_once()
stop = False
t = threading.Thread(target=spin)
t.start()
with_cpu = round_trips(port, PHASE)
stop = True
t.join()
cpu_with_io = progress[0] / PHASE
s.close()

print("rtt_per_s_alone %.0f" % alone)
print("rtt_per_s_with_cpu %.0f" % with_cpu)
print("io_kept %.3f" % (with_cpu / alone))
print("cpu_kept %.3f" % (cpu_with_io / cpu_alone))
