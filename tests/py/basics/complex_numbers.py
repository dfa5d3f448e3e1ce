z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z == complex(3, 4), z != w, z == 3 + 4.0j, (1 + 0j) == 1)
print(1j * 1j, (1j) ** 2, 2 ** 1j == complex(2) ** 1j)
print(complex("1+2j"), complex("-3j"), complex(" 5 "), complex(2.5))
print(repr(1j), repr(-1j), repr(0j), repr(complex(0, -0.0)), repr(complex(1.5, 0)))
print(str(1 + 2j), format(1 + 2j, ".1f"), f"{3 - 4j}")
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
print(sum([1j, 2, 3.5]), pow(1j, 2), (2 + 2j) ** 0)
