a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [100, 101]; print(a)
a[1:3] = []; print(a)
a[::2] = "XYZWV"[:len(a[::2])]; print(a)
b = list(range(8))
b[::-2] = [0] * 4; print(b)
b[1:1] = [7, 7, 7]; print(b)
b[-2:] = (9,); print(b)
c = [1, 2, 3]
c[:] = range(5); print(c)
c[5:100] = [5]; print(c)
c[-100:1] = ["first"]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = [1, 2, 3, 4]
d[1:3] = d; print(d)
e = [0, 1, 2, 3, 4, 5]
del e[1::2]; print(e)
e[0:2] = iter("ab"); print(e)
f = [1, 2, 3]
f[3:] = [4]; print(f)
f[10:20] = [5]; print(f)
