data = [5, 3, 0, 8, -1, 4]
i = 0
total = 0
while i < len(data) and data[i] >= 0:
    total += data[i]
    i += 1
print("stopped at", i, "total", total)
lo, hi = 0, 100
target = 37
steps = 0
while lo <= hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", steps, "steps")
queue = [1]
visited = []
while queue and len(visited) < 10:
    n = queue.pop(0)
    if n in visited:
        continue
    visited.append(n)
    queue.extend([n * 2, n * 3])
print(visited)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
x = 1.0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
print(round(x, 10))
