# The json module: dumps/loads round trips of a nested document
# (pygil's json is pure Python, CPython's has a C accelerator).
import json


def make_doc(n):
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": "item %d \"q\" \u00e9" % i,
            "price": i * 0.25 + 0.1,
            "tags": ["t%d" % (i % 7), "t%d" % (i % 11), None if i % 3 else True],
            "dims": {"w": i % 10, "h": -(i % 4), "ok": i % 2 == 0},
            "note": "line1\nline2\\" * (i % 3),
        })
    return {"version": 3, "items": items, "empty": {}, "list": []}


doc = make_doc(4000)
total = 0
for r in range(36):
    s = json.dumps(doc, sort_keys=(r % 2 == 0))
    back = json.loads(s)
    if back != doc:
        raise SystemExit("roundtrip mismatch")
    total += len(s)
pretty = json.dumps(doc["items"][:200], indent=2, ensure_ascii=False)
back = json.loads(pretty)
h = 0
for ch in pretty[::5]:
    h = (h * 33 + ord(ch)) % 1000000007
print("checksum", total, len(pretty), h, back[7]["name"])
