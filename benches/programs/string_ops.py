# Strings: building, slicing, split/join, replace, find, upper/lower,
# formatting, startswith/endswith, in (no regex).

def build_lines(n):
    parts = []
    for i in range(n):
        parts.append("line %d: alpha=%s beta=%d gamma=%s" % (i, hex(i * 7919), i % 97, str(i * 3)[::-1]))
    return "\n".join(parts)


def transform(text):
    out = []
    for line in text.split("\n"):
        head, _, rest = line.partition(": ")
        fields = rest.split(" ")
        kv = {}
        for f in fields:
            k, v = f.split("=")
            kv[k] = v
        s = head.upper() + "|" + ",".join(sorted(kv.values())) + "|"
        s = s.replace("LINE", "L").replace("0x", "#")
        if s.startswith("L 1") and not s.endswith("x|"):
            s = s.lower()
        out.append(s.strip())
    return out


def char_stats(lines):
    vowels = 0
    digits = 0
    total = 0
    for s in lines:
        for ch in s:
            if ch in "aeiouAEIOU":
                vowels += 1
            elif ch.isdigit():
                digits += 1
        total += len(s)
        if s.find("#ff") >= 0:
            total += 1
    return vowels, digits, total


def concat_loop(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 1000:
            s = s[500:] + s[:10]
    return s


def fmt_join(n):
    acc = 0
    for i in range(n):
        t = "{}-{:>5}-{:.2f}".format(i, i % 1000, i / 7)
        t2 = f"{t}/{i:x}"
        acc = (acc * 31 + len(t2) + ord(t2[-1])) % 1000003
    return acc


text = build_lines(140000)
lines = transform(text)
st = char_stats(lines)
c = concat_loop(800000)
h = 0
for ch in c:
    h = (h * 131 + ord(ch)) % 1000000007
f = fmt_join(280000)
print("checksum", len(text), len(lines), lines[12345], st, len(c), h, f)
