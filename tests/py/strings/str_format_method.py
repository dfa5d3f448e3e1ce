print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))
class Pt:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=Pt()), "{0.x}".format(Pt))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:x} {:08.2f} {:+}".format(2.71828, 1000000, 255, -3.14159, 5))
print("{0:{1}}|{0:{2}{1}}".format("v", 6, ">"))
print("{!r} {!s} {!a}".format("s", "s", "ñ"))
print("{{}} {{{}}}".format("in braces"))
print("{0} {0!r:>6}".format("a"))
print("{:%}".format(0.25), "{:.2e}".format(12345.678))
args = ("x", "y")
kwargs = {"z": "Z"}
print("{}-{}-{z}".format(*args, **kwargs))
print("{a[0]}{a[2]}".format(a="xyz"))
print("{:d}".format(True), "{}".format(None), "{!s:5}|".format(None))
print("{:s}".format("str"), "{0:}".format(12))
print("Total: {total:>10,.2f}".format(total=1234567.891))
print("{}".format({"k": [1, 2]}))
print(str.format("{} + {} = {}", 1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{:c}".format(9731), "{:n}".format(1234))
print("{0.real}+{0.imag}j".format(3 + 4j))
print(format_map if False else "{x}-{y}".format_map({"x": 1, "y": 2}))
