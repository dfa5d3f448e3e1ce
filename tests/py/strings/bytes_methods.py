b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a b  c".split(), b"x,y".split(b","), b"a\nb".splitlines())
print(b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.startswith(b"He"), b.endswith(b"ld"), b"  pad  ".strip(), b"xxyxx".strip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"ab" * 3, b"ab" + b"cd")
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(), b"abc".hex(":"))
print(b"abc".decode(), b"abc" == "abc", b"a" < b"b", b"abc"[1:2] == b"b")
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"Ab".islower())
print(b"hello".center(11, b"*"), b"7".zfill(3), b"a".ljust(3, b"-"), b"a".rjust(3))
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(repr(b"quote's"), repr(b'd"q'), repr(b"\t\n\r\x7f\x80"), repr(b"\\"))
print(97 in b"abc", b"bc" in b"abc", b"abc".translate(None, b"b"))
print(len(bytes.maketrans(b"ab", b"xy")), bytes.maketrans(b"ab", b"xy")[95:100], b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"%d-%s" % (1, b"x"), b"abc".removeprefix(b"a"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
