from harness import same, eq, check, raises, MINE, REAL


def run():
    kw = MINE['keyword']
    eq(kw.kwlist, REAL['keyword'].kwlist, 'kwlist')
    eq(kw.softkwlist, REAL['keyword'].softkwlist, 'softkwlist')
    for word in ['if', 'match', 'None', 'print', '', 'async', '_', 'case',
                 'type']:
        eq(kw.iskeyword(word), REAL['keyword'].iskeyword(word),
           'iskeyword(%r)' % word)
        eq(kw.issoftkeyword(word), REAL['keyword'].issoftkeyword(word),
           'issoftkeyword(%r)' % word)
    eq(kw.iskeyword([]) if False else kw.iskeyword(5), False,
       'iskeyword non-str')

    st = MINE['stat']
    for name in dir(REAL['stat']):
        if name.startswith('_'):
            continue
        real_value = getattr(REAL['stat'], name)
        check(hasattr(st, name), 'stat.%s exists' % name)
        if not callable(real_value):
            eq(getattr(st, name, None), real_value, 'stat.%s' % name)
    for mode in range(0, 0o200000, 37):
        for name in ['S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK',
                     'S_ISFIFO', 'S_ISSOCK', 'S_IMODE', 'S_IFMT', 'filemode']:
            if getattr(st, name)(mode) != getattr(REAL['stat'], name)(mode):
                eq(getattr(st, name)(mode), getattr(REAL['stat'], name)(mode),
                   'stat.%s(%o)' % (name, mode))
                break
