words = ["hello world", "HELLO", "hElLo wOrLd", "123abc", "o'neil mc-donald", "", "ß straße", "ǅ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("Hello World".istitle(), "Hello world".istitle(), "ABC".isupper(), "abc".islower(), "aBc".islower())
print("123".isupper(), "A1".isupper(), "".isupper())
