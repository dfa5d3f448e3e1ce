# Integer arithmetic in tight loops: sums, modulo, floor division, bit ops.

def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
    return total


def mod_sums(n, m):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * i) % m
        acc ^= (i << 3) & 0xFFFF
    return acc


def digit_sums(n):
    total = 0
    for i in range(n):
        x = i
        while x:
            total += x % 10
            x //= 10
    return total


a = collatz_steps(100000)
b = mod_sums(1000000, 1000000007)
c = digit_sums(400000)
print("checksum", a, b, c)
