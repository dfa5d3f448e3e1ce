x = 3
print("x is", x)
assert x % 2 == 0
