class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.cur[0]}"
        if spec:
            return format(str(self), spec)
        return str(self)
m = Money(12.5)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>15}|", "{:short}".format(m), format(m, "*^16"))
print("%s / %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), f"{OnlyStr()}", [str(OnlyStr())])
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Sub(Money):
    pass
print(repr(Sub(1)), str(Sub(2, "USD")))
