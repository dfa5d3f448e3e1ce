i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i =", i)
print("after loop, i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broken at", n)
while False:
    pass
else:
    print("else of never-run while")
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 7:
        break
print("infinite loop exited at", count)
outer = 0
found = None
while outer < 5 and found is None:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    outer += 1
print("found", found)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth", depth)
