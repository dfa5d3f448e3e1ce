csv_data = """name,age,city
Alice,30,Paris
Bob,25,Berlin
Carol,35,Rome
Dave,25,Oslo"""
lines = csv_data.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    print(r)
rows.sort(key=lambda r: (int(r["age"]), r["name"]))
print([r["name"] for r in rows])
widths = [max(len(r[h]) for r in rows + [dict(zip(header, header))]) for h in header]
print(widths)
print(" | ".join(h.upper().ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(r[h].ljust(w) for h, w in zip(header, widths)))
total = sum(int(r["age"]) for r in rows)
print(f"Average age: {total / len(rows):.2f}")
words = "to be or not to be that is the question".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>10}: {'#' * c}")
def wrap(text, width):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        out.append(line)
    return out
for l in wrap("the quick brown fox jumps over the lazy dog again and again", 15):
    print(repr(l))
