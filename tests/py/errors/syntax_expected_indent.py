print("never printed")
def f():
return 1
print(f())
