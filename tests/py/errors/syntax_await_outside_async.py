print("never printed")


def fetch():
    data = await source()
    return data
