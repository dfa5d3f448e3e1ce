s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[::-1])
print([ord(c) for c in "aé日😀"])
print(chr(233), chr(0x65e5), chr(128512), chr(65) + chr(97))
print(s.encode("utf-8"))
print(len(s.encode("utf-8")), len("😀".encode("utf-16-le")))
print(s.encode("utf-8").decode("utf-8") == s)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "abc".encode("ascii"))
print("日本".encode("ascii", errors="replace"), "日本".encode("ascii", errors="ignore"), "é".encode("ascii", "backslashreplace"))
print(b"\xff\xfeab".decode("utf-8", errors="replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("\N{SNOWMAN}", "\u2603" == "☃", "\U0001F600" == "😀")
print(sorted("bAcé日a"), "é" > "z", max("hello"), min("hello"))
print("ǅungla".upper(), "İ".lower().encode("utf-8"), "ﬁ".upper())
print(ascii("é日😀"), repr("é日😀"))
print("a\u0301" == "á", len("a\u0301"))
