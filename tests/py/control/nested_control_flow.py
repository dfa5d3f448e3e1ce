def classify_grid(grid):
    out = []
    for r, row in enumerate(grid):
        line = ""
        for c, v in enumerate(row):
            if v is None:
                line += "?"
                continue
            match v:
                case 0:
                    line += "."
                case n if n < 0:
                    line += "-"
                case n if n > 9:
                    line += "#"
                    if r == c:
                        line += "!"
                        break
                case _:
                    line += str(v)
        else:
            line += "|"
        out.append(line)
    return out
for line in classify_grid([[0, 1, -2, None], [5, 10, 3, 0], [0, 0, 99, 1], [None, None, None, None]]):
    print(line)
def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                return i, j
            j += 1
        i += 1
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100), find_pair([3, 3], 6))
count = 0
for a in range(5):
    if a == 3:
        continue
    for b in range(5):
        if b > a:
            break
        count += 1
print(count)
