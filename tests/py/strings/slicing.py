s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[10:]))
print(s[slice(2, 5)], s[slice(None, None, 3)], s[slice(-1, None, -4)])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(4), slice(-2, None, -1).indices(10))
print("héllo wörld"[1:9:2])
print("😀abc"[0], len("😀abc"), "😀abc"[1:])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
lst = list(range(10))
print(lst[2:8:3], lst[::-3], lst[-2:-8:-2], tuple(lst)[1:4])
print(s[-11:2], s[3:-3:2])
