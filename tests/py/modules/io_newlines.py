import io, os
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), [s.readline() for _ in range(5)], s.getvalue().count("\n"))
p = "_io_newlines.tmp"
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
os.remove(p)
