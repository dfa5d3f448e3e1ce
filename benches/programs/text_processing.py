# Text processing without regex: generate prose, tokenize by character class,
# word-wrap, run-length encode, Caesar cipher via str.translate, anagram
# groups, palindrome search, CSV-like field parsing.

WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly "
         "hex jobs level radar civic noon stats refer rotor kayak madam listen "
         "silent enlist inlets google banana apple paper tiger river stone").split()


def make_text(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[(x >> 16) % len(WORDS)]
        if (x >> 8) % 11 == 0:
            w = w.capitalize()
        out.append(w)
        r = (x >> 4) % 17
        if r == 0:
            out.append(". ")
        elif r == 1:
            out.append(", ")
        elif r == 2:
            out.append("; ")
        elif r == 3:
            out.append(" 12" + str(i % 97) + " ")
        else:
            out.append(" ")
    return "".join(out)


def tokenize(text):
    tokens = []
    cur = []
    kind = None
    for ch in text:
        if ch.isalpha():
            k = "w"
        elif ch.isdigit():
            k = "d"
        elif ch.isspace():
            k = None
        else:
            k = "p"
        if k != kind or k == "p":
            if cur:
                tokens.append((kind, "".join(cur)))
                cur = []
            kind = k
        if k is not None:
            cur.append(ch)
    if cur:
        tokens.append((kind, "".join(cur)))
    return tokens


def wrap(words, width):
    lines = []
    line = ""
    for w in words:
        if not line:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line = line + " " + w
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines


def rle(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(str(n) + prev if n > 1 else prev)
            prev = ch
            n = 1
    out.append(str(n) + prev if n > 1 else prev)
    return "".join(out)


def caesar_table(k):
    lo = "abcdefghijklmnopqrstuvwxyz"
    up = lo.upper()
    return str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])


def run():
    text = make_text(500000, 2024)
    tokens = tokenize(text)
    words = [t for k, t in tokens if k == "w"]
    lower = [w.lower() for w in words]
    lines = wrap(words, 72)
    justified = [ln.center(80, "*") if i % 5 == 0 else ln.ljust(80) for i, ln in enumerate(lines)]
    enc = text.translate(caesar_table(13))
    dec = enc.translate(caesar_table(13))
    pal = sum(1 for w in lower if len(w) > 2 and w == w[::-1])
    groups = {}
    for w in set(lower):
        groups.setdefault("".join(sorted(w)), []).append(w)
    anagrams = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    r = rle("".join(sorted(text[:20000])))
    fields = 0
    for ln in lines[:3000]:
        row = ",".join(ln.split(" "))
        cols = row.split(",")
        fields += len(cols) + cols[0].count("e")
    title = " ".join(w.title() for w in lines[10].split())
    ncount = sum(ln.count("o") for ln in justified)
    return (len(tokens), len(words), len(lines), dec == text, enc[:30], pal,
            anagrams[:3], len(r), r[:40], fields, title, ncount)


print("checksum", *run())
