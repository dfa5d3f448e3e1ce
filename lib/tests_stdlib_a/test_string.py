from harness import same, eq, check, raises, MINE, REAL

S = 'string'


class Obj:
    attr = 'A'
    items = {'k': 'v'}


def run():
    for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase',
                 'ascii_letters', 'digits', 'hexdigits', 'octdigits',
                 'punctuation', 'printable']:
        same(S, lambda m: getattr(m, name), 'string.' + name)
    for args in [('hello world',), ('  a  b  ',), ('a-b-c', '-'),
                 ("they're bill's", None), ('',), ('ABC dEF',)]:
        same(S, lambda m: m.capwords(*args), 'capwords%r' % (args,))

    templates = ['$a and ${b}', '$$ $a$a', 'x$', '$1', '${a', '${ a}',
                 'no placeholders', '$a_b1c', '${a}b', '$é', 'line\n  $',
                 '$A', '${}', '$$$a', 'tail $a.', '$a$b', '${abc}x',
                 '${a}}', '\n\n$!']
    mapping = {'a': 1, 'b': 'B', 'a_b1c': 'long', 'A': 'upper', 'abc': 3}
    for text in templates:
        same(S, lambda m: m.Template(text).substitute(mapping),
             'substitute %r' % text)
        same(S, lambda m: m.Template(text).safe_substitute({'a': 'x'}),
             'safe_substitute %r' % text)
        same(S, lambda m: m.Template(text).get_identifiers(),
             'get_identifiers %r' % text)
        same(S, lambda m: m.Template(text).is_valid(), 'is_valid %r' % text)
    same(S, lambda m: m.Template('$a $b').substitute({'a': 1}, b=2),
         'substitute kwargs')
    same(S, lambda m: m.Template('$a').substitute({'a': 1}, a=2),
         'kwargs win')
    same(S, lambda m: m.Template('$a').substitute(), 'missing key')
    same(S, lambda m: m.Template('$a').template, 'template attribute')

    def custom(m):
        class Pct(m.Template):
            delimiter = '%'

        class Under(m.Template):
            idpattern = r'[a-z]+_[a-z]+'

        class Brace(m.Template):
            braceidpattern = r'[a-z ]+'

        class Own(m.Template):
            pattern = r'''
                \#(?:
                  (?P<escaped>\#) |
                  (?P<named>[a-z]+) |
                  \[(?P<braced>[a-z]+)\] |
                  (?P<invalid>)
                )'''
        return [Pct('%who likes %%').substitute(who='tim'),
                Under('$foo_bar $foo').safe_substitute(foo_bar='x', foo='y'),
                Brace('${a b} $c').safe_substitute({'a b': 1, 'c': 2}),
                Own('#a #[b] ## #').safe_substitute(a=1, b=2),
                Own('#a').get_identifiers()]
    same(S, custom, 'Template subclasses')

    fmt_cases = [('{} {}', (1, 2), {}), ('{0}{1}{0}', ('a', 'b'), {}),
                 ('{x!r:>6}|{y:^5}', (), {'x': 'a', 'y': 3}),
                 ('{0[1]} {0[k]}', ({1: 'one', 'k': 'kay'},), {}),
                 ('{o.attr} {o.items[k]}', (), {'o': Obj}),
                 ('{:{}}', ('x', 5), {}), ('{0:{1}.{2}f}', (3.14159, 8, 2), {}),
                 ('{{}} {}', (1,), {}), ('{} {0}', (1,), {}),
                 ('{0} {}', (1,), {}), ('{', (), {}), ('}', (), {}),
                 ('{a!x}', (), {'a': 1}), ('{a!s}', (), {'a': 1}),
                 ('{a!a}', (), {'a': 'é'}), ('{0:{1:{2}}}', (1, 2, 3), {}),
                 ('{0[', (1,), {}), ('{!r}', ('q',), {}), ('{:}', (5,), {}),
                 ('{a.}', (), {'a': 1}), ('{2}', (1,), {}), ('{x}', (), {}),
                 ('{0[0]x}', ([1],), {})]
    for text, args, kwargs in fmt_cases:
        same(S, lambda m: m.Formatter().format(text, *args, **kwargs),
             'Formatter.format(%r)' % text)
        same(S, lambda m: m.Formatter().vformat(text, args, kwargs),
             'Formatter.vformat(%r)' % text)
    parse_cases = ['a{0[:]}b', '{0[}]}', '{a!r:>{w}}x', '{!}', '{a!}',
                   '{a!rr}', '{a!r', '{', '}', 'a}}b{{', '{:{:{}}}', '{0:}',
                   '{0!s}', 'abc', '', '{a[b]c}', '{ a }', '{0:{', '{{}}',
                   '{0[}', '{0:}}}', '{a.b[c].d}', '{:}}', '{a{b}', 'x{!r}y']
    for text in parse_cases:
        same(S, lambda m: list(m.Formatter().parse(text)),
             'Formatter.parse(%r)' % text)
    for name in ['a.b[c].d', '0[1]', 'a.', 'a[', 'a[1]x', 'a..b', '1a',
                 '01', 'a[-1]', 'a[]', 'x.1']:
        same(S, lambda m: m.Formatter().get_field(
            name, (['z', 'y'],) * 2, {'a': {'c': Obj, '1': 0},
                                      'x': Obj, '1a': 5}),
             'get_field(%r)' % name)

    class Upper(MINE[S].Formatter):
        def format_field(self, value, spec):
            return super().format_field(value, spec).upper()

        def get_value(self, key, args, kwargs):
            if key == 'magic':
                return 'abracadabra'
            return super().get_value(key, args, kwargs)
    eq(Upper().format('{magic} {0}', 'x'), 'ABRACADABRA X',
       'Formatter subclass')
