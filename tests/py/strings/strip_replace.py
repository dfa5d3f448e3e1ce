s = "  xxhello worldxx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr(s.strip(" x")), repr("xxyyxx".strip("x")), repr("abcba".strip("ab")))
print(repr("\t\n spaced \r\n".strip()))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("", "-"))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "abab".replace("ab", ""))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("z"))
print("tab\tsep\tx".expandtabs(), "tab\tsep".expandtabs(4), repr("a\tb".expandtabs(1)))
print("hello world".find("o"), "hello world".rfind("o"), "hello".find("z"), "hello".find("l", 3), "hello".find("l", 1, 3))
print("hello".index("e"), "hello".rindex("l"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "hello".startswith("l", 2))
print("hello".endswith(("a", "b")), "hello".endswith("ell", 0, 4))
print("abc".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
print(str.maketrans({"a": "1"})[97], "a-b_c".translate(str.maketrans("-_", "  ", "c")))
