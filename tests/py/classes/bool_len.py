class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
print(bool(B(True)), bool(B(False)))
if B(True):
    print("truthy branch")
print(not B(False), B(False) or "alt", B(True) and "both")
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(7)))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
while L(0):
    print("never")
else:
    print("while with falsy object")
print([x.n for x in [L(0), L(1), L(2)] if x])
print(any([L(0), L(0)]), all([L(1), B(True)]))
