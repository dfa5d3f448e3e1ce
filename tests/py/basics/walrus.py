# Assignment expressions (walrus)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)
it = iter([5, 4, 3, 0, 2])
while (v := next(it)) != 0:
    print("got", v)
print("stopped at", v)
print((z := 10) + z)
def f():
    total = 0
    results = [total := total + x for x in range(5)]
    return results, total
print(f())
print([(a := i, a * a) for i in range(3)])
if any((w := word).startswith("b") for word in ["apple", "banana", "cherry"]):
    print("first b word:", w)
chunks = []
src = list(range(10))
while chunk := src[:3]:
    chunks.append(chunk)
    src = src[3:]
print(chunks)
print([m for s in ["a1", "b", "c3"] if (m := s[-1]).isdigit()])
