# StreamReader's reading methods on a stream fed by hand and over a
# socket pair: read(n), read(), readline, readexactly, readuntil,
# IncompleteReadError, LimitOverrunError, at_eof, async iteration.
import asyncio
import socket


async def fed():
    r = asyncio.StreamReader()
    r.feed_data(b"line one\nline two\npartial")
    print(await r.readline())
    print(await r.read(4))
    print(await r.readuntil(b"\n"))
    print(await r.readexactly(3))
    r.feed_eof()
    print(await r.readline(), r.at_eof())
    print(await r.readline(), await r.read(), r.at_eof())

    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    r = asyncio.StreamReader()
    r.feed_data(b"no separator")
    r.feed_eof()
    try:
        await r.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)

    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef\nrest\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await r.readline())
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)

    r = asyncio.StreamReader()
    for chunk in (b"a\nb", b"\nc\n", b"d"):
        r.feed_data(chunk)
    r.feed_eof()
    print([line async for line in r])

    # A reader waiting for data is woken by feed_data.
    r = asyncio.StreamReader()

    async def feeder():
        for piece in (b"he", b"ll", b"o\n"):
            await asyncio.sleep(0)
            r.feed_data(piece)

    t = asyncio.create_task(feeder())
    print("waited:", await r.readline())
    await t

    r = asyncio.StreamReader()
    r.set_exception(ConnectionResetError("gone"))
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print("exception:", e)


async def over_sockets():
    a, b = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=a)
    loop = asyncio.get_running_loop()
    b.setblocking(False)
    await loop.sock_sendall(b, b"HEADER 12\n" + b"payload-0123")
    header = await reader.readline()
    size = int(header.split()[1])
    print(header, await reader.readexactly(size))
    writer.write(b"reply")
    await writer.drain()
    print("peer got:", await loop.sock_recv(b, 100))
    b.close()
    print("eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()


asyncio.run(fed())
asyncio.run(over_sockets())
