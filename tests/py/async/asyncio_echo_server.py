# An echo server and clients over loopback with asyncio streams: several
# clients served concurrently, drain(), write_eof, close/wait_closed.
import asyncio

served = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    name = (await reader.readline()).decode().strip()
    served.append(name)
    writer.write(f"hello {name}\n".encode())
    await writer.drain()
    async for line in reader:
        if line.strip() == b"quit":
            writer.write(b"bye\n")
            break
        writer.write(line[::-1][1:] + b"\n")
        await writer.drain()
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    served.append(f"{name} closed ({peer[0]})")


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    replies = [(await reader.readline()).decode().strip()]
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.write(b"quit\n")
    await writer.drain()
    replies.append((await reader.readline()).decode().strip())
    print("eof after bye:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("serving:", server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client(port, "alice", ["abc", "hello world"]),
            client(port, "bob", ["xyz"]),
        )
        for r in results:
            print(r)
        # One more, sequentially, with a big message to exercise buffering.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"carol\n")
        print((await reader.readline()).decode().strip())
        big = b"x" * 60000
        writer.write(big + b"\n")
        await writer.drain()
        back = await reader.readline()
        print("big echo:", len(back), back[:5])
        writer.write_eof()
        print("server closed after eof:", await reader.read() == b"")
        writer.close()
        await writer.wait_closed()
    while len(served) < 6:
        await asyncio.sleep(0.001)
    print("served:", sorted(served))
    print("serving after close:", server.is_serving())


asyncio.run(main())
