print("never printed")
def f():
    return 1
nonlocal counter
