s = "abc"
print(s + "def", s * 3, 3 * s, s * 0, s * -1, "" * 100)
print(len(s), s[0], s[-1], "b" in s, "bd" in s, "" in s)
print(list(s), tuple(s), sorted("cba"), "".join(reversed(s)))
print(min(s), max(s), s.count("a"), s < "abd", s == "abc", s != "ABC")
print(ord("a"), chr(98), str(123), str(-1.5), str([1, "a"]), str(None))
t = "hello"
print(t[1:] + t[0] + "ay", t.upper()[::2])
print(hash("abc") == hash("ab" + "c"), "abc" != None)
for ch in "hey":
    print(ch, end=",")
print()
print([c for c in "abcdef" if c not in "aeiou"])
print("%s" % "x" + "y" * 2)
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2))
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
print(str(b"bytes"), str(b"abc", "ascii"), str(bytearray(b"q"), "utf-8"))
print("x".join(["1", "2", "3"]).split("x"))
