# Big integers: the unbounded spigot for digits of pi (Gibbons), factorials,
# big-int multiplication, division, modulo and conversion to str.

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def isqrt_newton(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


d = pi_digits(4500)
f = factorial(1500)
fs = str(f)
fb = fib_big(20000)
root = isqrt_newton(f)
roots = 0
for i in range(1, 400):
    r = isqrt_newton(factorial(i) * i)
    roots = (roots * 7 + r) % 1000000007
mix = (f * fb) % (10 ** 40 + 7)
print("checksum", "".join(map(str, d[-20:])), sum(d), len(fs), fs[:20], sum(map(int, fs)) % 1000,
      len(str(fb)), fb % 1000000007, str(root)[:15], mix, pow(3, 10 ** 5, 10 ** 30 + 57), (-f) // 7 % 1000, f.bit_length(), roots)
