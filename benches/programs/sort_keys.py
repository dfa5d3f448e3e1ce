# Sorting: list.sort / sorted with key functions, lambdas, tuple keys,
# reverse=True, stability, sorting strings and records.

def lcg_list(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append((seed >> 33) % mod)
    return out


class Rec:
    __slots__ = ("id", "score", "name")

    def __init__(self, id, score, name):
        self.id = id
        self.score = score
        self.name = name


def key_score(r):
    return r.score


def run():
    nums = lcg_list(300000, 7, 1000000)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    c = sorted(nums, key=lambda x: (x % 1000, -x))
    d = sorted(nums, key=str)
    names = ["n" + str(x % 5000) for x in nums[:60000]]
    recs = [Rec(i, nums[i] % 1000, names[i]) for i in range(60000)]
    recs.sort(key=key_score)
    stable_ok = all(recs[i].score < recs[i + 1].score or
                    (recs[i].score == recs[i + 1].score and recs[i].id < recs[i + 1].id)
                    for i in range(len(recs) - 1))
    recs.sort(key=lambda r: (r.name, -r.score))
    words = sorted(set(names), key=lambda s: (len(s), s[::-1]))
    chunks = [sorted(nums[i:i + 50]) for i in range(0, 100000, 50)]
    chunks.sort()
    h = 0
    for lst in (a[:1000], b[:1000], c[:1000], d[:1000]):
        for x in lst:
            h = (h * 1000003 + x) % 1000000007
    for r in recs[:2000]:
        h = (h * 31 + r.id) % 1000000007
    return h, stable_ok, words[:3], words[-1], chunks[0][:3], a[-1], b[-1]


print("checksum", *run())
