ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = ord("H")
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba)
ba.insert(0, 74)
print(ba, ba.pop(), ba)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"x") * 3)
b2 = bytearray(b"abc")
b2 += b"def"
print(b2, b2.upper(), b2.find(b"d"), b2.replace(b"c", b"C"), bytes(b2))
print(b2 == b"abcdef", type(b2 + b"x").__name__, type(b"x" + b2).__name__)
print(b2.decode(), b2.hex(), bytearray.fromhex("ff00"))
b2.clear()
print(b2, len(b2))
b3 = bytearray(b"0123456789")
b3[::2] = b"_____"
print(b3)
b3[2:4] = b""
print(b3, b3.count(b"_"), b3.split(b"_"))
try:
    b3[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(repr(bytearray(b"'\n")))
