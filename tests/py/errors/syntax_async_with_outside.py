print("never printed")


def handler(lock):
    async with lock:
        pass
