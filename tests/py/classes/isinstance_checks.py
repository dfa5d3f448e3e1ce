class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, B)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), isinstance(A, object), issubclass(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(KeyError, Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(type(b) is B, type(b) == A, type(b).__mro__[1] is A)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10
class Big(metaclass=Meta):
    pass
print(isinstance(5, Big), isinstance(50, Big), isinstance("x", Big))
print(isinstance(b, (list, (dict, (A,)))))
