# loop.sock_* on non-blocking sockets: accept, connect, sendall, recv,
# recv_into; and add_reader/remove_reader on a socket pair.
import asyncio
import socket


async def server(listener, loop, log):
    conn, addr = await loop.sock_accept(listener)
    log.append(("accepted", addr[0], conn.getblocking()))
    total = b""
    while True:
        data = await loop.sock_recv(conn, 1024)
        if not data:
            break
        total += data
        await loop.sock_sendall(conn, data.upper())
    log.append(("server got", total))
    conn.close()


async def main():
    loop = asyncio.get_running_loop()
    log = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    srv = asyncio.create_task(server(listener, loop, log))

    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    log.append(("connected", client.getpeername() == listener.getsockname()))
    for chunk in (b"alpha ", b"beta ", b"gamma"):
        await loop.sock_sendall(client, chunk)
        reply = b""
        while len(reply) < len(chunk):
            reply += await loop.sock_recv(client, 1024)
        log.append(("reply", reply))
    buf = bytearray(8)
    await loop.sock_sendall(client, b"into")
    n = await loop.sock_recv_into(client, buf)
    log.append(("recv_into", n, bytes(buf[:n])))
    client.shutdown(socket.SHUT_WR)
    await srv
    print("end of stream:", await loop.sock_recv(client, 10))
    client.close()
    listener.close()
    for entry in log:
        print(entry)

    # Connecting to a closed port fails with ConnectionRefusedError.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ("127.0.0.1", port))
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e.errno == 111, str(e).startswith("[Errno 111] Connect call failed"))
    s.close()

    # add_reader: a callback whenever the fd is readable.
    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()
    chunks = []

    def on_readable():
        data = a.recv(100)
        chunks.append(data)
        if data.endswith(b"."):
            loop.remove_reader(a.fileno())
            got.set_result(b"".join(chunks))

    loop.add_reader(a.fileno(), on_readable)
    b.send(b"first ")
    await asyncio.sleep(0.01)
    b.send(b"second.")
    print("add_reader:", await got)
    print("remove again:", loop.remove_reader(a.fileno()))
    a.close()
    b.close()


asyncio.run(main())
