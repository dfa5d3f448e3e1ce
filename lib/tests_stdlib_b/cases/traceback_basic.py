import traceback
import sys
import io
import linecache


def strip_carets(text):
    lines = text.splitlines(True)
    out = []
    for i, line in enumerate(lines):
        body = line.replace('|', ' ').strip()
        if body and set(body) <= set('^~') and i >= 2 and ', in ' in lines[i - 2]:
            continue
        out.append(line)
    return ''.join(out)


def show(text):
    print(strip_carets(text), end='')
    print('=====')


def level3():
    raise ValueError('deep problem')


def level2():
    level3()


def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError('wrapped') from e


def recurse(n):
    if n == 0:
        raise KeyError('bottom')
    recurse(n - 1)


def implicit():
    try:
        {}['missing']
    except KeyError:
        1 / 0


class CustomError(Exception):
    pass


def custom():
    raise CustomError('custom message')


def silent():
    try:
        raise TypeError('hidden')
    except TypeError:
        raise ValueError('shown') from None


cases = [level1, lambda: recurse(20), implicit, custom, silent, lambda: recurse(2)]
for fn in cases:
    try:
        fn()
    except Exception as e:
        show(''.join(traceback.format_exception(e)))
        show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
        show(''.join(traceback.format_exception(e, limit=2)))
        show(''.join(traceback.format_exception(e, chain=False)))
        show(''.join(traceback.format_exception_only(e)))
        show(''.join(traceback.format_tb(e.__traceback__)))
        show(''.join(traceback.format_tb(e.__traceback__, limit=-1)))
        show(traceback.format_exc())
        buf = io.StringIO()
        traceback.print_exc(file=buf)
        show(buf.getvalue())
        buf = io.StringIO()
        traceback.print_exception(e, file=buf, limit=1)
        show(buf.getvalue())
        buf = io.StringIO()
        traceback.print_tb(e.__traceback__, file=buf)
        show(buf.getvalue())
        summary = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.lineno, f.line) for f in summary], len(summary))
        print([tuple(f) for f in summary][:2], summary[0] == tuple(summary[0]))
        te = traceback.TracebackException.from_exception(e)
        show(''.join(te.format()))
        print(te.exc_type.__name__, str(te), te.stack[-1].name, te.__cause__ is not None, te.__suppress_context__)

print(traceback.format_exc())
e = ValueError('with notes')
e.add_note('first note')
e.add_note('second\nmulti')
show(''.join(traceback.format_exception(e)))
show(''.join(traceback.format_exception_only(SyntaxError('bad', ('file.py', 3, 5, 'x = (1 +\n', 3, 8)))))
try:
    compile('def f(:\n  pass', 'snippet.py', 'exec')
except SyntaxError as err:
    show(''.join(traceback.format_exception_only(err)))
try:
    raise ExceptionGroup('group', [ValueError('a'), TypeError('b'), ExceptionGroup('inner', [KeyError('c')])])
except ExceptionGroup as eg:
    show(''.join(traceback.format_exception(eg)))
try:
    try:
        raise ValueError('in group')
    except ValueError as inner:
        raise ExceptionGroup('eg2', [inner, OSError(2, 'no such')])
except ExceptionGroup as eg:
    show(''.join(traceback.format_exception(eg)))
print(traceback.format_exception_only(None), traceback.format_exception(None, None, None))


def stack_here():
    return traceback.extract_stack(limit=2)


def outer_stack():
    return stack_here()


st = outer_stack()
print([(f.name, f.line) for f in st])
print(traceback.format_list([('a.py', 1, 'f', 'code()'), ('b.py', 2, 'g', None)]))
buf = io.StringIO()
traceback.print_list([('a.py', 1, 'f', 'x')], file=buf)
print(repr(buf.getvalue()))
fs = traceback.FrameSummary('f.py', 10, 'fn', line='  body  ')
print(repr(fs), fs.line, list(fs), fs == ('f.py', 10, 'fn', 'body'), len(fs))
fs2 = traceback.FrameSummary('nonexistent.py', 10, 'fn')
print(repr(fs2.line))


def fmt_stack():
    return traceback.format_stack(limit=1)


print(fmt_stack())
buf = io.StringIO()


def print_stack_here():
    traceback.print_stack(limit=1, file=buf)


print_stack_here()
print(buf.getvalue())
summ = traceback.StackSummary.from_list([('x.py', 1, 'a', 'l1'), ('x.py', 1, 'a', 'l1'), ('x.py', 1, 'a', 'l1'), ('x.py', 1, 'a', 'l1'), ('x.py', 1, 'a', 'l1'), ('x.py', 2, 'b', '')])
print(summ.format())


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(BadStr()), traceback.format_exception_only(KeyError()))
import json.decoder
print(traceback.format_exception_only(json.decoder.JSONDecodeError('m', 'doc', 1)))
sys.tracebacklimit = 1
try:
    level1()
except Exception as e:
    show(''.join(traceback.format_exception(e)))
del sys.tracebacklimit
a = ValueError('a')
b = ValueError('b')
a.__context__ = b
b.__context__ = a
show(''.join(traceback.format_exception(a)))
