print("never printed")


def collect(agen):
    return [x async for x in agen]
