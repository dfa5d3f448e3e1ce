# The TypeErrors of async with / async for on objects that do not follow
# the protocols, with CPython's messages.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
        if e.__cause__ is not None:
            print(f"  caused by {type(e.__cause__).__name__}: {e.__cause__}")


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "nope"


class AiterReturnsSelfNoAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIterable:
    def __iter__(self):
        return iter([1, 2])


async def with_(mgr):
    async with mgr:
        pass


async def for_(it):
    async for _ in it:
        pass


run(with_(1))
run(with_(OnlyEnter()))
run(with_(SyncManager()))
run(with_(EnterNotAwaitable()))
run(with_(ExitNotAwaitable()))
run(for_(1))
run(for_([1, 2]))
run(for_(SyncIterable()))
run(for_(AiterReturnsSelfNoAnext()))
run(for_(AnextNotAwaitable()))


async def comp(it):
    return [x async for x in it]


run(comp(range(3)))


async def agen():
    yield 1


def sync_for():
    for x in agen():
        pass


try:
    sync_for()
except TypeError as e:
    print("TypeError:", e)


def sync_with():
    with OnlyEnter():
        pass


try:
    sync_with()
except TypeError as e:
    print("TypeError:", e)
