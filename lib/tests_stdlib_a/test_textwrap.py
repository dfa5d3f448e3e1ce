from harness import same, eq, check, raises, MINE, REAL

T = 'textwrap'

TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "This is a very-long-hyphenated-word and some re-entrant text here.",
    "well-known--em-dash--separated words and a--b and foo--bar-baz",
    "Supercalifragilisticexpialidocious is a long word indeed, yes.",
    "  leading spaces\tand\ttabs\nand newlines  and trailing   ",
    "a-b-c-d e-f-g-h ab-cd-ef abc-d x--y -- --z z-- ---a",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Right?",
    "",
    "   ",
    "word",
    "one two three four five six seven eight nine ten eleven twelve",
    "https://example.com/a/very/long/url/that-has-hyphens-in-it/and/more",
    "x" * 50 + " short " + "y-" * 20,
    "ümlaut-wörter und straße-namen mit bindestrichen",
    "123-456-789 ab12-cd34 a1-b2-c3 under_score-words",
]


def run():
    for text in TEXTS:
        for width in [1, 5, 8, 12, 20, 35, 70]:
            same(T, lambda m: m.wrap(text, width), 'wrap(%r, %d)'
                 % (text[:20], width))
            same(T, lambda m: m.wrap(text, width, break_on_hyphens=False),
                 'wrap no hyphens %r %d' % (text[:20], width))
            same(T, lambda m: m.wrap(text, width, break_long_words=False),
                 'wrap no long break %r %d' % (text[:20], width))
            same(T, lambda m: m.wrap(text, width, drop_whitespace=False),
                 'wrap keep whitespace %r %d' % (text[:20], width))
            if width > 2:
                # (Narrower widths loop forever in CPython itself.)
                same(T, lambda m: m.fill(text, width, initial_indent='* ',
                                         subsequent_indent='  '),
                     'fill indents %r %d' % (text[:20], width))
            for lines in [1, 2, 3]:
                same(T, lambda m: m.wrap(text, width, max_lines=lines),
                     'max_lines %r %d %d' % (text[:20], width, lines))
                same(T, lambda m: m.wrap(text, width, max_lines=lines,
                                         placeholder='~'),
                     'placeholder %r %d %d' % (text[:20], width, lines))
            same(T, lambda m: m.shorten(text, width), 'shorten %r %d'
                 % (text[:20], width))
        same(T, lambda m: m.wrap(text, 30, fix_sentence_endings=True),
             'fix_sentence_endings %r' % text[:20])
        same(T, lambda m: m.wrap(text, 30, expand_tabs=False,
                                 replace_whitespace=False),
             'no whitespace munging %r' % text[:20])
        same(T, lambda m: m.wrap(text, 30, tabsize=4), 'tabsize %r'
             % text[:20])
        same(T, lambda m: m.TextWrapper(width=25)._split(text),
             '_split %r' % text[:20])
    same(T, lambda m: m.wrap('abc', 0), 'zero width')
    same(T, lambda m: m.wrap('abc def', 5, max_lines=1,
                             placeholder=' [......]'), 'placeholder too large')
    same(T, lambda m: m.shorten('Hello  world!', width=12), 'shorten fits')
    same(T, lambda m: m.shorten('Hello world!', width=11), 'shorten cut')
    same(T, lambda m: m.shorten('Hello world', width=10, placeholder='...'),
         'shorten placeholder')

    dedent_cases = ['  a\n  b', '    a\n  b\n', '\ta\n\tb', '  a\n\tb',
                    '  a\n\n  b', '  a\n    \n  b', 'a\n  b', '',
                    '   \n  x', ' \t a\n \t b\n \tc', '  a\r\n  b',
                    '  hello\n  world\n  ']
    for text in dedent_cases:
        same(T, lambda m: m.dedent(text), 'dedent %r' % text)
    for text in ['a\nb\n\nc', '  x\n', '\n', 'one', 'a\r\nb\rc']:
        same(T, lambda m: m.indent(text, '> '), 'indent %r' % text)
        same(T, lambda m: m.indent(text, '+', lambda line: True),
             'indent predicate %r' % text)
    w = MINE[T].TextWrapper(width=10)
    w.width = 6
    eq(w.wrap('aaa bbb ccc'), ['aaa', 'bbb', 'ccc'], 'attribute change')
