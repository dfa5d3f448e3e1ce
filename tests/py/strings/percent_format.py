print("%s and %s" % ("a", "b"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%i %u" % (7, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r|%s|%a" % ("q", "q", "é"))
print("%%|%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%s" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"ab", 5), b"%x" % 255)
