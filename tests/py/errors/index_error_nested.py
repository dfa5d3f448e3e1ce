def get_last(items, offset):
    return items[len(items) + offset]
def process(rows):
    out = []
    for i, row in enumerate(rows):
        print("row", i, get_last(row, -1))
        out.append(get_last(row, i - 2))
    return out
process([[1, 2, 3], [4, 5], [6]])
