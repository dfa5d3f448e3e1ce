# Found while fuzzing the compiler: source nested deeper than a few tens of
# thousands of levels without brackets (`not not ... x`, `-----1`,
# `a.b.c...`, `f()()...`, `1+1+...`, `lambda: lambda: ...`) overflowed the
# Rust stack of a thread calling compile() (a segfault). Like CPython 3.11,
# pygil now compiles about 3,000 nested operators and fails past that with
# "RecursionError: maximum recursion depth exceeded during compilation"
# (CPython's exact limit moves with the call depth, and its parser gives up
# first on some shapes, with MemoryError: only "too deep" is printed).
import threading

shapes = {
    'add': lambda n: '1' + '+1' * n,
    'not': lambda n: 'not ' * n + 'x',
    'neg': lambda n: '-' * n + '1',
    'attr': lambda n: 'a' + '.b' * n,
    'subscript': lambda n: 'a' + '[0]' * n,
    'call': lambda n: 'f' + '()' * n,
    'ifexp': lambda n: '1 if x else ' * n + '2',
    'lambda': lambda n: 'lambda: ' * n + '1',
}


def attempt(src, mode):
    try:
        compile(src, '<deep>', mode)
        return 'ok'
    except (RecursionError, MemoryError):
        return 'too deep'


def run(n):
    for name, make in shapes.items():
        if name == 'lambda' and n != 3500:
            continue
        print(n, name, attempt(make(n), 'exec'), attempt(make(n), 'eval'))


for n in (2500, 3500):
    run(n)
t = threading.Thread(target=run, args=(100000,))
t.start()
t.join()
try:
    compile('1' + '+1' * 100000, '<deep>', 'eval')
except RecursionError as e:
    print(e)
