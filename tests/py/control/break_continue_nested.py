primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
found = False
for row in grid:
    for v in row:
        if v < 0:
            found = True
            break
    if found:
        break
print("found negative:", found, "row:", row)
out = []
for i in range(4):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
def first_duplicate(items):
    seen = set()
    for x in items:
        if x in seen:
            return x
        seen.add(x)
    return None
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate([1, 2]))
count = 0
for i in range(3):
    try:
        if i == 1:
            continue
        count += 10
    finally:
        count += 1
print(count)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print(i, j, end="; ")
print()
