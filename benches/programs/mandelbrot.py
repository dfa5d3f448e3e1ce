# Float math: Mandelbrot set membership over a grid, packed into bytes.

def mandelbrot(size, max_iter):
    checksum = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = 0
        row = bytearray()
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            inside = 1
            for _ in range(max_iter):
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    inside = 0
                    break
            bits = (bits << 1) | inside
            if x % 8 == 7:
                row.append(bits)
                bits = 0
        rows.append(bytes(row))
    for i, r in enumerate(rows):
        for b in r:
            checksum = (checksum * 33 + b + i) % 4294967296
    count = sum(bin(b).count("1") for r in rows for b in r)
    return checksum, count


print("checksum", *mandelbrot(440, 100))
