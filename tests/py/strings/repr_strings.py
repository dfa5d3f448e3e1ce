samples = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\t", "back\\slash",
           "\x00\x07\x1f\x7f", "\x80\x9f\xa0", "é", "日本", "😀", "\u200b", "\ud800" if False else "",
           "\r", "'", '"', "''\"", "\u00ad", "\U000e0001", "\xff"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", "b'c"]), repr(("x",)), repr({"k": "v\n"}))
print(str(["é"]), str("é"))
