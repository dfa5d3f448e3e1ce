x = "global"
def f():
    return x
def g():
    x = "local-g"
    def h():
        return x
    return h()
print(f(), g())
class Scope:
    x = "class-level"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.x, Scope.y)
def builtins_shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(builtins_shadow(), len("abc"))
def comp_scope():
    n = 5
    return [n * i for i in range(3)]
print(comp_scope())
i = "outer-i"
[i for i in range(3)]
print(i)
def nested_assign():
    v = 1
    def inner():
        v = 2
        return v
    inner()
    return v
print(nested_assign())
def uses_later():
    def inner():
        return later
    later = "defined after inner"
    return inner()
print(uses_later())
def loop_var():
    for k in range(3):
        pass
    return k
print(loop_var())
def global_in_nested():
    def inner():
        global gv
        gv = "set in inner"
    inner()
gv = "orig"
global_in_nested()
print(gv)
print(sorted(k for k in locals().keys() if not k.startswith("__"))[:5])
