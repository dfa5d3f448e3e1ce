def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"items not sorted: {a} > {b}"
    return True
def validate(batches):
    for batch in batches:
        print("checking", batch, check_sorted(batch))
validate([[1, 2, 3], [1, 5, 9], [4, 2, 8]])
