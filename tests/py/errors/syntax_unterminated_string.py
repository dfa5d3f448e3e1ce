print("never printed")
s = "unterminated
print(s)
