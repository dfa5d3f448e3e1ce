# global and nonlocal scoping
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_new_global():
    global brand_new
    brand_new = "created"
make_new_global()
print(brand_new)
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())
x = "global x"
def shadow():
    x = "local x"
    def show():
        return x
    return show()
print(shadow(), x)
def reads_global():
    return x
print(reads_global())
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return step, get
step, get = counter_factory()
step(); step(); step()
print(get())
def unbound():
    try:
        print(x)
        x = 3
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(loop_closures())
print([f() for f in [lambda i=i: i for i in range(3)]])
