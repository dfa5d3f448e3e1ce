b = bytearray(b"hello"); c = b"world"
print(b[0], b[-1], c[1], c[-5])
for bad in (5, -6, 10**20):
    for x in (b, c):
        try:
            x[bad]
        except IndexError as e:
            print(type(x).__name__, "IndexError:", e)
print(b[True], c[False])
