import os
path = "/tmp/pygil_test_file_io_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\x00tail"))
with open(path, "rb") as f:
    content = f.read()
print(len(content), content[:5], content[-5:], content[:256] == data)
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(-4, 2)
    print(f.read())
    f.seek(0)
    print(f.read(1))
with open(path, "r+b") as f:
    f.seek(1)
    f.write(b"XY")
with open(path, "rb") as f:
    print(f.read(4))
text = "héllo\nwörld\n"
with open(path, "wb") as f:
    f.write(text.encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(list(f))
with open(path, "ab") as f:
    f.write(bytearray(b"!!"))
with open(path, "rb") as f:
    print(f.read()[-3:])
os.remove(path)
print(os.path.exists(path))
