# Deep recursion and call overhead: naive Fibonacci and Ackermann-like calls.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


r1 = fib(33)
r2 = tak(26, 18, 9)
print("checksum", r1, r2)
