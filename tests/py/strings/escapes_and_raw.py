print("a\tb|a\\tb|" + r"a\tb")
print("line1\nline2")
print("bell\a".encode(), "\x41\102\u0043\N{LATIN SMALL LETTER D}")
print(len("\n"), len(r"\n"), len("\\"), len("\0"), len("\777" if False else "\101"))
print("quote \" and \' ok", 'single \' ok')
print("""triple "quoted" 'mixed'""")
print('''line A
line B\
 continued''')
s = "trailing backslash \\"
print(s, len(s))
print(r"C:\path\to\file", r"regex \d+\s*")
print(b"\x00\x01", rb"\x00", len(rb"\x00"))
print("\u00e9" == "é", "\xe9" == "é", "\N{EURO SIGN}")
print("carriage\rreturn".encode(), "vertical\vtab".encode(), "form\ffeed".encode())
print(repr("\b\f\v\a"))
text = ("implicit "
        "concatenation "
        "works")
print(text)
print("%r" % "mixed 'quotes' \"here\"")
