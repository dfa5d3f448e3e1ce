import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
@logged
def ratio(a, b):
    return divide(a, b) + divide(b, a)
print(ratio(4, 2))
print(ratio(0, 3))
