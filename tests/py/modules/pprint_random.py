# pprint: seeded random nested data formatted under many option combinations.
import pprint
import random

rng = random.Random(2024)
WORDS = ['a', 'bb', 'ccc', 'word', 'longer words here', 'x y z', 'tab\there', 'new\nline', "quote'", '']


def make(depth):
    kind = rng.randrange(9 if depth < 4 else 4)
    if kind == 0:
        return rng.randrange(-10**rng.randrange(1, 12), 10**rng.randrange(1, 12))
    if kind == 1:
        return rng.choice(WORDS) * rng.randrange(1, 4)
    if kind == 2:
        return rng.choice([None, True, False, 1.5, -0.0, b'bytes', b'\x00\x01' * 5])
    if kind == 3:
        return ' '.join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12)))
    if kind in (4, 5):
        return [make(depth + 1) for _ in range(rng.randrange(6))]
    if kind == 6:
        return tuple(make(depth + 1) for _ in range(rng.randrange(4)))
    if kind == 7:
        return {rng.choice(WORDS) + str(i): make(depth + 1) for i in range(rng.randrange(5))}
    return set(rng.randrange(100) for _ in range(rng.randrange(8)))


for n in range(60):
    obj = make(0)
    width = rng.choice([1, 10, 20, 35, 50, 80])
    indent = rng.choice([0, 1, 2, 4])
    compact = rng.random() < 0.4
    sort_dicts = rng.random() < 0.7
    depth = rng.choice([None, None, 1, 2, 3])
    under = rng.random() < 0.3
    print('== case %d width=%d indent=%d compact=%s sort=%s depth=%s underscore=%s'
          % (n, width, indent, compact, sort_dicts, depth, under))
    print(pprint.pformat(obj, width=width, indent=indent, compact=compact, sort_dicts=sort_dicts,
                         depth=depth, underscore_numbers=under))
