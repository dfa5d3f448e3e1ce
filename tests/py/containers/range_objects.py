r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(10 in r, 11 in r, r.index(11), r.count(5), r.count(6))
print(list(range(5)), list(range(3, 0, -1)), list(range(0)), list(range(5, 2)), list(range(-5, 5, 4)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(range(10 ** 20).stop, range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(r.start, r.stop, r.step, repr(range(3)), repr(range(1, 5, 2)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(3)
except ValueError as e:
    print("ValueError:", e)
print(list(range(10))[2:8:2], range(100)[10:20][3], bool(range(0)), bool(range(1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(hash(range(3)) == hash(range(3)), range(-3, 3)[::-2])
