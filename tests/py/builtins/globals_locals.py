gv = "global value"
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
g = globals()
print(g["gv"], "show_locals" in g, g["__name__"])
g["injected"] = "via globals()"
print(injected)
def modify_global():
    globals()["gv"] = "changed"
modify_global()
print(gv)
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def nested():
    v = 1
    def inner():
        return sorted(locals())
    def inner2():
        return v, sorted(locals())
    return inner(), inner2()
print(nested())
print(locals() is globals())
