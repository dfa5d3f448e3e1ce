print("never printed")
def f():
    x = yield = 3
