# pprint.PrettyPrinter: arguments, validation, streams, methods.
import io
import pprint

stream = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, depth=3, stream=stream, compact=True)
printer.pprint({'numbers': list(range(20)), 'deep': [[[[1]]]], 'text': 'abc ' * 10})
printer.pprint('second')
print(stream.getvalue(), end='')
print(repr(printer.pformat([1, 2, 3])))
print(pprint.PrettyPrinter(width=10).pformat(['ab', 'cd', 'ef']))
print(pprint.PrettyPrinter(indent='3', width=20.5).pformat([[1, 2], [3, 4], 'abcdefghijklmn']))
for kwargs in [{'indent': -1}, {'depth': 0}, {'depth': -2}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)
try:
    pprint.PrettyPrinter(indent='x')
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
pprint.pprint([1, 2], stream=out)
pprint.pprint({'a': 1}, out, 1, 80)
pprint.pp([3, {'z': 1, 'a': 2}], stream=out)
print(repr(out.getvalue()))
print(pprint.pformat(range(10)), pprint.pformat(object) , pprint.pformat(len))
print(sorted(pprint.__all__))
pprint.pprint(list(range(5)), width=-5)
