def source():
    yield 1
    yield 2
    yield "three"
def doubled(it):
    for x in it:
        yield x * 2 + 1
def consume():
    total = 0
    for v in doubled(source()):
        print("value", v)
        total += v
    return total
consume()
