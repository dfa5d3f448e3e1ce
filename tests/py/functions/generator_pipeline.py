def read_lines():
    data = "10\n# comment\n20\n\nbad\n30\n-5\n"
    for line in data.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield n, total
for n, t in running_total(parse(strip_comments(read_lines()))):
    print(n, t)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], "XYZW")))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("mississippi")))
def primes():
    n = 2
    found = []
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
gen = primes()
print([next(gen) for _ in range(15)])
