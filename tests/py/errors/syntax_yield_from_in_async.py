print("never printed")


async def relay(it):
    yield from it
