s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5))
data = list(range(12))
print(data[s], data[slice(None, None, -3)], "abcdefghij"[s], tuple(data)[slice(2, 4)])
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1], sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, None])
rev = slice(None, None, -1)
print("palindrome"[rev], [1, 2, 3][rev])
evens = slice(0, None, 2)
print(data[evens], "abcdef"[evens])
lst = list(range(6))
lst[slice(0, 2)] = ["a", "b", "c"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
