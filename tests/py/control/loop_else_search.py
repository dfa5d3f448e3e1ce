def search(haystack, needle):
    for i, item in enumerate(haystack):
        if item == needle:
            print(f"found {needle!r} at {i}")
            break
    else:
        print(f"{needle!r} not found")
search([1, 2, 3], 2)
search("abc", "z")
search([], None)
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
attempts = 0
for attempt in range(5):
    attempts += 1
    if attempt == 2:
        continue
else:
    print("completed all attempts", attempts)
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke for i =", i)
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            break
    finally:
        print("finally", n)
else:
    print("not printed")
print("end", n)
