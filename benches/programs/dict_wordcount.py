# Dicts: word counting over deterministically generated text, dicts keyed by
# tuples, get/setdefault/items/update, dict comprehensions.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "pe", "da", "xu", "ze"]


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 16


def make_words(n, seed):
    rnd = lcg(seed)
    words = []
    for _ in range(n):
        k = next(rnd) % 3 + 1
        w = ""
        for _ in range(k):
            w += SYLLABLES[next(rnd) % len(SYLLABLES)]
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(words):
    pairs = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = w
    return pairs


def index_by_first(words):
    idx = {}
    for i, w in enumerate(words):
        idx.setdefault(w[:2], []).append(i)
    return idx


def grid_walk(n):
    grid = {}
    x = y = 0
    for i in range(n):
        d = (i * i + x * 3 + y * 5 + i // 7) % 4
        if d == 0:
            x += 1
        elif d == 1:
            y += 1
        elif d == 2:
            x -= 1
        else:
            y -= 1
        grid[(x % 50, y % 50)] = grid.get((x % 50, y % 50), 0) + i % 10
    return grid


words = make_words(400000, 42)
counts = count_words(words)
pairs = bigrams(words)
idx = index_by_first(words)
grid = grid_walk(600000)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
best_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
lengths = {k: len(v) for k, v in idx.items()}
merged = dict(counts)
merged.update({k: -v for k, v in lengths.items()})
gsum = sum(v * (k[0] + 1) * (k[1] + 1) for k, v in grid.items()) % 1000000007
print("checksum", len(counts), len(pairs), top, best_pair,
      sorted(lengths.items())[:3], len(merged), len(grid), gsum)
