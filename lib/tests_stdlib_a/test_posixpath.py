import os
import tempfile
from harness import same, eq, check, raises, MINE, REAL

P = 'posixpath'


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


def run():
    paths = ['', '/', '//', '///', 'a', 'a/', '/a', 'a/b', '/a/b/', 'a//b',
             '//a//b/../c/.', '///a', '.', '..', '../a', 'a/../..', '/..',
             '/../a', 'a/./b', '.bashrc', 'a/.b.c', 'a/..b.c', 'x.tar.gz',
             'dir.d/file', 'a/b.', '...', '/a/b/../../..', 'a/b/../../../c',
             '~', '~/x', '~root/x', '~nosuchuser/x', '$HOME/x',
             '${HOME}y', '$NOPE $ ${x', 'a$HOMEb', '$$HOME', '${}', '$',
             'é/ü.txt']
    funcs = ['normcase', 'isabs', 'split', 'splitext', 'splitdrive',
             'basename', 'dirname', 'normpath', 'expanduser', 'expandvars',
             'abspath']
    for name in funcs:
        for p in paths:
            same(P, lambda m: getattr(m, name)(p), '%s(%r)' % (name, p))
            bp = p.encode()
            same(P, lambda m: getattr(m, name)(bp), '%s(%r)' % (name, bp))
        same(P, lambda m: getattr(m, name)(PathLike('a/b.c')),
             '%s(PathLike)' % name)
        same(P, lambda m: getattr(m, name)(5), '%s(5)' % name)
    joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'a'),
             ('a', ''), ('/', 'a', '', 'b/'), ('a', 1), ('a', b'b'),
             (b'a', 'b'), (b'x', b'y'), (PathLike('p'), 'q'), (None,),
             ('a', None)]
    for args in joins:
        same(P, lambda m: m.join(*args), 'join%r' % (args,))
    rel = [('/a/b', '/a/c/d'), ('a/b', 'a'), ('/x', '/x'), ('', None),
           ('a', ''), ('/a/b', None), (b'/a/b', b'/a'), ('a', b'b'),
           ('../x', 'y/z'), ('/', '/a/b')]
    for args in rel:
        same(P, lambda m: m.relpath(*args), 'relpath%r' % (args,))
    for seq in [[], ['/a/b/c', '/a/b/d'], ['a/b', 'a/c'], ['/a', 'b'],
                ['/usr/lib', '/usr/local/lib'], ['a/./b', 'a/b/c'],
                [b'/a/b', b'/a'], ['/a', b'/a'], ['/'], ['', 'a'],
                ['/a//b', '/a/b/']]:
        same(P, lambda m: m.commonpath(seq), 'commonpath(%r)' % (seq,))
        same(P, lambda m: m.commonprefix(seq), 'commonprefix(%r)' % (seq,))
    same(P, lambda m: m.commonprefix([[1, 2, 3], [1, 2, 4]]),
         'commonprefix lists')
    for name in ['sep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath',
                 'altsep', 'devnull', 'supports_unicode_filenames']:
        same(P, lambda m: getattr(m, name), name)

    # file-system queries on a scratch tree
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        f = os.path.join(tmp, 'file.txt')
        with open(f, 'w') as handle:
            handle.write('hello')
        d = os.path.join(tmp, 'sub')
        os.mkdir(d)
        link = os.path.join(tmp, 'link')
        os.symlink(f, link)
        dangling = os.path.join(tmp, 'dangling')
        os.symlink(os.path.join(tmp, 'missing'), dangling)
        loop = os.path.join(tmp, 'loop')
        os.symlink(loop, loop)
        dlink = os.path.join(tmp, 'dlink')
        os.symlink('sub', dlink)
        targets = [f, d, link, dangling, loop, dlink, tmp,
                   os.path.join(tmp, 'nope'), '/', '', 'a\0b', f.encode(),
                   os.path.join(dlink, '..', 'file.txt'),
                   os.path.join(tmp, 'sub', '..', 'link')]
        for name in ['exists', 'lexists', 'isfile', 'isdir', 'islink',
                     'ismount', 'realpath', 'getsize']:
            for t in targets:
                same(P, lambda m: getattr(m, name)(t), '%s(%r)'
                     % (name, t))
        same(P, lambda m: m.getmtime(f) == os.stat(f).st_mtime, 'getmtime')
        same(P, lambda m: m.getatime(f) > 0 and m.getctime(f) > 0,
             'getatime/getctime')
        same(P, lambda m: m.samefile(f, link), 'samefile')
        same(P, lambda m: m.samefile(f, d), 'samefile different')
        same(P, lambda m: m.realpath(loop, strict=True), 'realpath loop strict')
        same(P, lambda m: m.realpath(os.path.join(tmp, 'missing'),
                                     strict=True), 'realpath missing strict')
        same(P, lambda m: m.exists(1.5), 'exists bad type')
        old = os.getcwd()
        try:
            os.chdir(d)
            same(P, lambda m: m.abspath('x/../y'), 'abspath relative')
            same(P, lambda m: m.abspath(b'x'), 'abspath bytes')
            same(P, lambda m: m.realpath('../link'), 'realpath relative')
            same(P, lambda m: m.relpath(f), 'relpath from cwd')
        finally:
            os.chdir(old)
    saved = os.environ.pop('HOME', None)
    try:
        same(P, lambda m: m.expanduser('~/x'), 'expanduser without HOME')
        os.environ['HOME'] = '/home/tester/'
        same(P, lambda m: m.expanduser('~/x'), 'expanduser HOME slash')
        os.environ['HOME'] = '/'
        same(P, lambda m: m.expanduser('~'), 'expanduser HOME root')
    finally:
        if saved is None:
            os.environ.pop('HOME', None)
        else:
            os.environ['HOME'] = saved
