data = [3, 5, 0, 7, 9]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
for line in iter(lambda: next(lines), ""):
    print("line", line)
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, "default"), next(it2, None))
try:
    next(it2)
except StopIteration:
    print("StopIteration raised")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
s = iter("xy")
print(next(s), list(s))
class Reader:
    def __init__(self):
        self.chunks = ["ab", "cd", ""]
    def read(self):
        return self.chunks.pop(0)
r = Reader()
print([c for c in iter(r.read, "")])
