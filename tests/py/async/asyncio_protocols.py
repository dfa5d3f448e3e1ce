# Low-level transports and protocols: loop.create_server and
# loop.create_connection with Protocol classes: each side's callback order.
import asyncio

events = []


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        events.append(("server", "connection_made", transport.get_extra_info("peername")[0]))

    def data_received(self, data):
        events.append(("server", "data_received", data))
        self.transport.write(data * 2)

    def eof_received(self):
        events.append(("server", "eof_received"))
        self.transport.write(b"|end")
        self.transport.close()

    def connection_lost(self, exc):
        events.append(("server", "connection_lost", exc))


class ClientProtocol(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b""

    def connection_made(self, transport):
        events.append(("client", "connection_made", transport.is_closing()))
        transport.write(b"ping")

    def data_received(self, data):
        self.received += data
        events.append(("client", "data_received", len(data) > 0))

    def eof_received(self):
        events.append(("client", "eof_received"))

    def connection_lost(self, exc):
        events.append(("client", "connection_lost", exc))
        self.done.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: ClientProtocol(done), "127.0.0.1", port)
    print(type(transport).__name__, isinstance(transport, asyncio.Transport),
          isinstance(protocol, asyncio.Protocol), transport.get_protocol() is protocol)
    while not protocol.received:
        await asyncio.sleep(0.001)
    print("can_write_eof:", transport.can_write_eof(), "buffer:", transport.get_write_buffer_size())
    transport.write_eof()
    print("client received:", await done)
    print("closing:", transport.is_closing())
    server.close()
    await server.wait_closed()
    # Each side's callbacks in order (the two sides interleave by timing).
    for side in ("server", "client"):
        for e in events:
            if e[0] == side:
                print(e)
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError:
        print("refused after close")


asyncio.run(main())
