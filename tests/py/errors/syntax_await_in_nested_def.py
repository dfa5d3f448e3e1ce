print("never printed")


async def outer():
    def inner():
        return await outer()
    return inner
