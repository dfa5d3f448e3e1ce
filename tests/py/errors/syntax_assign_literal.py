print("never printed")
x = 5
1 = x
