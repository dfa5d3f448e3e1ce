def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x, y=10):
    return x + y
print(kw_only(x=1), kw_only(y=1, x=2))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
def po_with_kwargs(name, /, **kw):
    return name, kw
print(po_with_kwargs("n", name="other"))
def defaults_po(a, b=5, /):
    return a * b
print(defaults_po(2), defaults_po(2, 3))
def everything(a, /, b, *args, c, **kwargs):
    return f"a={a} b={b} args={args} c={c} kwargs={kwargs}"
print(everything(1, 2, c=3))
print(everything(1, b=2, c=3, d=4))
print(everything(1, 2, 3, 4, c=5))
print(divmod(7, 2), sorted([3, 1], reverse=True))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError:", e)
