def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for v in [0, 1, "", "x", None, [], [0], 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
y = "big" if x > 3 else "small"
print(y, "yes" if [] else "no", 1 if x == 5 else 2 if x == 6 else 3)
if x: print("one-liner")
if not x: print("never")
elif x == 5: print("one-line elif")
def grade(score):
    if score >= 90: return "A"
    if score >= 80: return "B"
    if score >= 70: return "C"
    return "F"
print([grade(s) for s in (95, 85, 75, 10)])
a, b = 3, 7
if a < b and b < 10 or a == 0:
    print("compound condition")
if (n := len("hello")) > 3:
    print("walrus in if", n)
