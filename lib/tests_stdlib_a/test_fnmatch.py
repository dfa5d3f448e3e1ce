import random
from harness import same, eq, check, raises, MINE, REAL

F = 'fnmatch'


def run():
    rng = random.Random(7)
    alphabet = 'ab-]![*?z'
    for _ in range(3000):
        pat = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        name = ''.join(rng.choice('ab-]![z') for _ in range(rng.randint(0, 4)))
        same(F, lambda m: m.fnmatchcase(name, pat),
             'fnmatchcase(%r, %r)' % (name, pat))
    cases = [('file.py', '*.py'), ('file.PY', '*.py'), ('a/b.py', '*.py'),
             ('.hidden', '*'), ('abc', 'a?c'), ('ac', 'a?c'), ('a\nb', 'a?b'),
             ('x', '[a-z]'), ('X', '[a-z]'), ('-', '[a-]'), ('b', '[!a]'),
             ('[', '['), ('a[b', 'a[b'), ('abc', '*a*b*c*'), ('', ''),
             ('', '*'), ('aaa', 'a*a*a*a'), ('\\', '[\\]'),
             ('x' * 30, '*x*x*x*x*x*y')]
    for name, pat in cases:
        same(F, lambda m: m.fnmatch(name, pat), 'fnmatch(%r, %r)'
             % (name, pat))
        same(F, lambda m: m.fnmatchcase(name.encode(), pat.encode()),
             'fnmatchcase bytes (%r, %r)' % (name, pat))
    same(F, lambda m: m.filter(['a.py', 'b.txt', 'c.py', 'py'], '*.py'),
         'filter')
    same(F, lambda m: m.filter([b'a.py', b'b'], b'*.py'), 'filter bytes')
    same(F, lambda m: m.fnmatchcase('a', b'a'), 'mixed types')
    same(F, lambda m: m.fnmatchcase(b'a', 'a'), 'mixed types 2')
    for pat in ['*.py', 'a?b', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]',
                '[', 'a[b', '[z-a]', '**', '[a-c-e]', '[\\]', '[^a]',
                '[a-]', '[-a]', 'x\\y', '[[]', '[!]', '[]-]', 'a.b+c(d)',
                '[!z-a]', 'foo/bar', 'tab\there']:
        same(F, lambda m: m.translate(pat), 'translate(%r)' % pat)
