def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("fail", x))
            return None
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())
dep2, _, rep2 = make_account(0)
dep2(1)
print(rep2(), rep()[0])
def make_stack():
    items = []
    return {"push": items.append, "pop": items.pop, "peek": lambda: items[-1], "size": lambda: len(items)}
s = make_stack()
s["push"](1); s["push"](2); s["push"](3)
print(s["pop"](), s["peek"](), s["size"]())
def generator_of_closures():
    for i in range(3):
        def f(i=i):
            return i * 10
        yield f
print([f() for f in generator_of_closures()])
def cell_sharing():
    fns = []
    x = 0
    for _ in range(3):
        x += 1
        fns.append(lambda: x)
    return [f() for f in fns]
print(cell_sharing())
def outer_modifies():
    val = "before"
    def get():
        return val
    val = "after"
    return get()
print(outer_modifies())
