# multiprocessing.Pipe: objects and bytes both ways between processes,
# poll, EOF on a closed peer, one-way pipes, large messages.
import multiprocessing as mp
from multiprocessing.connection import wait


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def echo(conn, other):
    other.close()
    while True:
        try:
            obj = conn.recv()
        except EOFError:
            break
        conn.send(("echo", obj))
    conn.close()


def byte_server(conn, other):
    other.close()
    while True:
        try:
            data = conn.recv_bytes()
        except EOFError:
            break
        conn.send_bytes(data[::-1])
    conn.close()


def writer(w, r):
    r.close()
    for i in range(5):
        w.send(i * i)
    w.send_bytes(b"x" * 3_000_000)
    w.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b, a))
    p.start()
    b.close()
    objs = [None, 1, -2**70, 3.5, "text", b"bytes", [1, [2, 3]], (4,), {"k": {1, 2}},
            Point(1, 2), ValueError("err"), frozenset([7])]
    for obj in objs:
        a.send(obj)
        print(a.recv())
    print("poll before:", a.poll())
    a.send("late")
    print("poll wait:", a.poll(None), a.recv())
    a.close()
    p.join()
    print("echo exit:", p.exitcode)

    a, b = mp.Pipe()
    p = mp.Process(target=byte_server, args=(b, a))
    p.start()
    b.close()
    a.send_bytes(b"hello")
    print(a.recv_bytes())
    a.send_bytes(b"0123456789", 2, 5)
    print(a.recv_bytes())
    a.send_bytes(b"")
    print(a.recv_bytes())
    a.send_bytes(bytearray(b"abc"))
    buf = bytearray(10)
    n = a.recv_bytes_into(buf, 3)
    print(n, buf)
    big = bytes(range(256)) * 4000
    a.send_bytes(big)
    print(a.recv_bytes() == big[::-1])
    a.send_bytes(b"too long for the limit")
    try:
        a.recv_bytes(maxlength=4)
    except OSError as e:
        print("OSError:", e)
    a.close()
    p.join()

    r, w = mp.Pipe(duplex=False)
    print("readable/writable:", r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=writer, args=(w, r))
    p.start()
    w.close()
    got = []
    while True:
        ready = wait([r])
        try:
            got.append(r.recv() if len(got) < 5 else len(r.recv_bytes()))
        except EOFError:
            break
    p.join()
    print("one-way:", got)
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    r.close()
    print("closed:", r.closed)
    try:
        r.recv()
    except OSError as e:
        print("OSError:", e)

    for bad in [(-1, None), (20, None), (0, -1), (2, 9)]:
        x, y = mp.Pipe()
        try:
            x.send_bytes(b"12345678", *bad)
        except ValueError as e:
            print("ValueError:", e)
        x.close()
        y.close()
