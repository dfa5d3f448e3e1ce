for i in range(3):
    print("range", i)
for ch in "abc":
    print("char", ch)
for k, v in {"x": 1, "y": 2}.items():
    print("item", k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print("nested unpack", i, a, b)
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("for-else: no break")
for x in [1, 2, 3]:
    if x == 2:
        print("breaking at", x)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else on empty iterable")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
print("loop var after loop:", i)
result = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        result.append((i, j))
print(result)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for a, *b in ["xyz", "pq"]:
    print(a, b)
total = 0
for n in range(1, 101):
    total += n
print(total)
for _ in range(2):
    pass
print("underscore loop done")
d = {"one": 1}
for key in d:
    print(key, d[key])
for i in range(5, 0, -2):
    print("down", i)
