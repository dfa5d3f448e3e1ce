def transform(data):
    return list(map(lambda d: d["value"] * 2, data))
def pipeline():
    rows = [{"value": 1}, {"value": 2}, {"val": 3}]
    print("transforming", len(rows), "rows")
    return transform(rows)
pipeline()
