samples = ["abc", "ABC", "abc123", "123", "12.3", " ", "", "\t\n", "Ⅻ", "²", "٣", "é", "_x", "x y", "Title Case", "a1_"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("class".isidentifier(), "1abc".isidentifier(), "abc\x00".isprintable())
