# Found by tools/fuzz/diff.py: sets printed in another order than CPython's
# after some operations. pygil lays out sets as CPython's setobject.c does,
# so every operation must leave the same table: a deleted slot is reused by
# the next add on its probe path, set displays of constants are folded into
# frozenset constants, update/union merge with one resize up front, `-=`
# discards in place, symmetric difference starts from the argument, pop
# starts where the previous pop stopped.
import random

rng = random.Random(1234)


def rand_set():
    n = rng.choice([0, 1, 3, 5, 8, 12, 30])
    return set(rng.randint(-20, 80) for _ in range(n))


def rand_iterable():
    kind = rng.randint(0, 4)
    if kind == 0:
        return rand_set()
    if kind == 1:
        return frozenset(rand_set())
    if kind == 2:
        return list(rand_set()) + [rng.randint(-5, 5)]
    if kind == 3:
        return {k: None for k in rand_set()}
    return range(rng.randint(-3, 3), rng.randint(0, 40), rng.randint(1, 4))


s = rand_set()
for step in range(1200):
    op = rng.randint(0, 17)
    other = rand_iterable()
    if op == 0:
        s.add(rng.randint(-30, 100))
    elif op == 1:
        s.discard(rng.randint(-30, 100))
    elif op == 2:
        s.update(other)
    elif op == 3:
        s = s | set(other)
    elif op == 4:
        s = s.union(other, rand_iterable())
    elif op == 5:
        s = s & set(other) if rng.random() < 0.5 else s.intersection(other)
    elif op == 6:
        s = s - set(other) if rng.random() < 0.5 else s.difference(other)
    elif op == 7:
        s -= set(other)
    elif op == 8:
        s.difference_update(other, rand_iterable())
    elif op == 9:
        s = s ^ set(other)
    elif op == 10:
        s ^= set(other)
    elif op == 11:
        s.symmetric_difference_update(other)
    elif op == 12:
        if s:
            print('pop', s.pop())
    elif op == 13:
        s = s.copy()
    elif op == 14:
        s = set(s) if rng.random() < 0.5 else set(frozenset(s))
    elif op == 15:
        s &= set(other)
    elif op == 16:
        s = {*s, *other}
    elif len(s) > 40:
        s = set(list(s)[:rng.randint(0, 10)])
    if step % 4 == 0 or op == 12:
        print(step, op, s)

# Displays of constants and their iteration order.
print({17, 11, 9, 3}, set([17, 11, 9, 3]), frozenset([17, 11, 9, 3]))
print([x for x in {17, 11, 9, 3}], list({25, 1, 9, 17, 33}))
for x in {40, 8, 24, 16, 0}:
    print(x, end=' ')
print()
print(3 in {11, 3, 19}, {1, 2}, {2, 1}, {1.5, 9, 17, True, None} - {None})
d = {1, 2, 3}
d.discard(2)
d.add(10)
print(d)
