# pprint: wrapping of long strings and bytes into adjacent literals.
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt '
        'ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.')
for width in [80, 50, 30, 15, 5]:
    print('--- width', width)
    pprint.pprint(text, width=width)
    pprint.pprint([text[:60], {'key': text[:90]}], width=width)
print(pprint.pformat('line one\nline two is longer than the others\nthree\n', width=20))
print(pprint.pformat('a' * 100, width=30))
print(pprint.pformat('word ' * 30, width=40))
print(pprint.pformat("it's \"quoted\" and 'single' " * 4, width=40))
print(pprint.pformat('tabs\tand\ttabs ' * 6, width=30))
print(pprint.pformat(['x' * 20, 'y' * 20, 'z' * 20], width=30))
print(pprint.pformat(('short', 'a much longer string with spaces in it ' * 2), width=35))
print(pprint.pformat('ünïcödé wörds ' * 8, width=30))
print(pprint.pformat('   leading and trailing spaces   ' * 3, width=25))
print(pprint.pformat(bytes(range(40)), width=30))
print(pprint.pformat(b'abcd' * 20, width=30))
print(pprint.pformat(b'abcdefg', width=5), pprint.pformat(b'abc', width=1))
print(pprint.pformat([b'0123456789' * 5], width=30))
print(pprint.pformat(bytearray(b'hello world ' * 6), width=30))
print(pprint.pformat({'data': bytearray(range(30))}, width=40))
print(pprint.pformat('', width=1), pprint.pformat('x', width=1), pprint.pformat('ab cd', width=1))
