# A tiny chat server: every line a client sends is broadcast to the other
# clients. Clients take turns, so the transcript is deterministic.
import asyncio

clients = {}


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    while line := await reader.readline():
        for other, w in clients.items():
            if other != name:
                w.write(f"{name}: ".encode() + line)
                await w.drain()
    del clients[name]
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    conns = {}
    for name in ("ann", "ben", "cat"):
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(name.encode() + b"\n")
        await w.drain()
        conns[name] = (r, w)
    while len(clients) < 3:
        await asyncio.sleep(0.001)
    transcript = {n: [] for n in conns}
    for speaker, text in [("ann", "hi all"), ("ben", "hello ann"), ("cat", "hey")]:
        r, w = conns[speaker]
        w.write(text.encode() + b"\n")
        await w.drain()
        for listener, (lr, lw) in conns.items():
            if listener != speaker:
                transcript[listener].append((await lr.readline()).decode().rstrip())
    for name, lines in transcript.items():
        print(name, "heard", lines)
    for name, (r, w) in conns.items():
        w.close()
        await w.wait_closed()
    while clients:
        await asyncio.sleep(0.001)
    server.close()
    await server.wait_closed()
    print("all disconnected")


asyncio.run(main())
