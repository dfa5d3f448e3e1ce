# Matrix multiplication with nested lists (ints and floats), transpose via
# zip, matrix power by repeated squaring modulo a prime.

def make(n, seed, mod):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x >> 16) % mod)
        m.append(row)
    return m


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b, mod):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for p in range(k):
            aip = ai[p]
            bp = b[p]
            for j in range(m):
                ci[j] += aip * bp[j]
        for j in range(m):
            ci[j] %= mod
    return c


def matpow(a, e, mod):
    n = len(a)
    r = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            r = matmul_loops(r, a, mod)
        a = matmul_loops(a, a, mod)
        e >>= 1
    return r


def floatmat(n):
    return [[(i * n + j) % 13 / 7.0 - 0.5 for j in range(n)] for i in range(n)]


a = make(150, 1, 100)
b = make(150, 2, 100)
c = matmul(a, b)
p = matpow(make(80, 3, 1000), 1000, 1000003)
f = floatmat(100)
g = matmul(f, f)
g = matmul(g, f)
tr = sum(g[i][i] for i in range(len(g)))
print("checksum", sum(map(sum, c)), c[5][7], sum(map(sum, p)) % 1000003, p[0][:3], "%.6f" % tr)
