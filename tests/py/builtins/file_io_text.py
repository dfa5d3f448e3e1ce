import os
path = "/tmp/pygil_test_file_io_text.txt"
with open(path, "w") as f:
    n = f.write("line one\n")
    f.write("line two\n")
    f.writelines(["line three\n", "line four"])
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, encoding="utf-8", mode="w") as f:
    f.write("unicode: é 日本 😀\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
print(s, end="")
print(len(s), f.closed)
with open(path) as f:
    print(f.read(4), f.read(3), repr(f.read()))
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("second", file=f, end="|")
with open(path) as f:
    print(repr(f.read()))
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
