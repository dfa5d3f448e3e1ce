for w in ["abc", "", "toolongtext"]:
    print(repr(w.center(9)), repr(w.center(9, "*")), repr(w.ljust(6, ".")), repr(w.rjust(6)), repr(w.center(4)))
print("ab".center(5, "-"), "abc".center(6, "-"), "a".center(4, "="))
for z in ["42", "-42", "+42", "", "abc", "-", "3.14"]:
    print(repr(z.zfill(6)))
print("x".ljust(0), "x".rjust(-1), "5".zfill(1))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
