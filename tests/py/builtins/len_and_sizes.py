print(len(""), len("abc"), len("日本"), len("😀"), len(b"\xe6\x97\xa5"), len([]), len([[]]))
print(len(()), len((1, 2)), len({}), len({1: 2, 3: 4}), len(set("aab")), len(range(10)), len(range(0, 10, 3)))
print(len(bytearray(5)), len(frozenset()), len("a\nb"), len(r"a\nb"), len(dict.fromkeys("abc")))
print(len({"k": 1}.keys()), len({"k": 1}.items()), len(list(range(100))[::7]))
class C:
    def __len__(self):
        return 7
print(len(C()))
for bad in [5, None, 3.0, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
