data = [5, 3, 8, 1, 9, 2]
best = None
for i, v in enumerate(data):
    if best is None or v > data[best]:
        best = i
print("argmax", best, data[best])
running = []
total = 0
for v in data:
    total += v
    running.append(total)
print(running)
pairs = []
for i in range(len(data)):
    for j in range(i + 1, len(data)):
        if data[i] + data[j] == 10:
            pairs.append((data[i], data[j]))
print(pairs)
rows = 5
for r in range(1, rows + 1):
    print(" " * (rows - r) + "*" * (2 * r - 1))
for n in range(1, 16):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    print(out or n, end=" ")
print()
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join(f"{v:3d}" for v in row))
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("exact zero")
s = "hello world"
idx = 0
vowels = 0
while idx < len(s):
    if s[idx] in "aeiou":
        vowels += 1
    idx += 1
print("vowels", vowels)
