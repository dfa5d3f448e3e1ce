# Found by tools/fuzz/diff.py (seed 285): `continue`/`break`/`return` in a
# `finally` run by a `return` must drop the pending return value (it was left
# on the stack, so `continue` resumed FOR_ITER on the list being returned:
# "TypeError: 'list' object is not an iterator").


def ff12(n):
    out = []
    for i in range(n):
        try:
            return out + ['ret']
        except ValueError:
            pass
        finally:
            continue


print(ff12(3))


def f(n):
    out = []
    for i in range(n):
        try:
            return out + ['ret']
        finally:
            out.append(i)
            if i < 2:
                continue
    return out


print(f(4))


def g():
    while True:
        try:
            return 1
        finally:
            break
    return 2


print(g())


def h():
    try:
        return 'a'
    finally:
        return 'b'


print(h())


def k():
    for x in [1, 2]:
        try:
            try:
                return x
            finally:
                print('inner', x)
                continue
        finally:
            print('outer', x)
    return 'end'


print(k())


def w():
    for x in 'ab':
        with open('/dev/null') as fh:
            try:
                return [x, fh.closed]
            finally:
                continue
    return 'done'


print(w())
