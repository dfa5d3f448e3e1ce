# Augmented assignment operators on various types
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 8; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class C:
    pass
c = C()
c.v = 3
c.v **= 2
print(c.v)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
print(sorted(st))
st -= {2}
print(sorted(st))
f = 1.5
f += 1
print(f)
