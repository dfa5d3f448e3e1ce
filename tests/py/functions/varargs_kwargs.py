def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def describe(name, **attrs):
    parts = [f"{k}={v}" for k, v in attrs.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("Point", x=1, y=2), describe("Empty"))
def forward(*args, **kwargs):
    return describe(*args, **kwargs)
print(forward("Fw", z=0))
def mix(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mix(1, c=3))
print(mix(1, 2, 3, 4, c=5, e=6))
print(mix(*[1, 2, 3], **{"c": 0, "d": 1, "x": 2}))
def types(*args):
    return type(args).__name__
def ktypes(**kw):
    return type(kw).__name__
print(types(1), ktypes(a=1))
def modify(*args, **kw):
    kw["added"] = True
    return kw
orig = {"k": 1}
print(modify(**orig), orig)
try:
    mix(1)
except TypeError as e:
    print("TypeError:", e)
try:
    mix(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError:", e)
