def compute(x):
    total = x * 2
    return totl + 1
def wrapper(x):
    print("computing", x)
    return compute(x)
def outer():
    results = [wrapper(i) for i in range(2)]
    return results
print("before")
outer()
