s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("one two three".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("a::b::c".split("::"), "abc".split("abc"))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(map(str, range(5))))
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("key=value=more".partition("="), "novalue".partition("="))
print("key=value=more".rpartition("="), "novalue".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("1 2  3".split(" "), "  lead".split(" ", 1))
print("a\x0bb\x0cc\x1cd".split())
