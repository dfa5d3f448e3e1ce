import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Tim"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$$ is dollar; $x").substitute(x=5))
f = string.Formatter()
print(f.format("{0}-{name}", 1, name="n"))
print([p for p in f.parse("a{0}b{x!r:>3}c")])
