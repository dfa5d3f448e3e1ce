import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print()
print("", end="")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=" | ")
print("to stderr (not checked)", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="\n")
print("multi\nline")
print("sep None", "uses space", sep=None)
print("end None", end=None)
print("tab", "sep", sep="\t")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(end="only end\n")
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] == [], sep=";")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
