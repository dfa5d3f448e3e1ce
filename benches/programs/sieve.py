# Sieve of Eratosthenes: list-of-bools sieve with slice assignment, a
# segmented sieve, and a plain-loop sieve; prime counting and sums.

def sieve_slices(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * ((n - i * i) // i + 1)
        i += 1
    return is_p


def sieve_loops(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
    return flags


def segmented(lo, hi, base):
    seg = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for j in range(start, hi, p):
            seg[j - lo] = False
    return [lo + i for i, v in enumerate(seg) if v]


N = 5000000
a = sieve_slices(N)
primes = [i for i, v in enumerate(a) if v]
b = sieve_loops(3000000)
cnt_b = sum(b)
base = primes[:2000]
seg = segmented(10 ** 9, 10 ** 9 + 600000, base)
twins = sum(1 for x, y in zip(primes, primes[1:]) if y - x == 2)
print("checksum", len(primes), sum(primes) % 1000000007, cnt_b, len(seg), seg[:3], twins)
