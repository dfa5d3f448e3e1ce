"""The values the pickle tests round-trip, shared by record.py (python3),
run.py (pygil) and check_reverse.py (python3).

CASES: (name, expression, check). The expression is evaluated in this
module's namespace; check, when not None, is an expression over r (the
unpickled value) that must be true (shared and recursive references).
ERRORS: (name, expression): dumps must raise; the exception type (and the
message when it holds no address) must be CPython's.
RAW: (name, pickle bytes, loads keyword arguments, expected expression):
pickles python3 does not write (Python 2's opcodes, hand-made corner
cases); record.py checks CPython's loads gives the expected value.
"""

import math
import sys

from pk_classes import *        # noqa: F401,F403
import pk_classes

INF = float('inf')
NAN = float('nan')


def shared(x, n=2):
    return [x] * n


def rec_list():
    l = [1]
    l.append(l)
    return l


def rec_dict():
    d = {'k': 1}
    d['self'] = d
    return d


def rec_tuple():
    t = ([], 'x')
    t[0].append(t)
    return t


def rec_object():
    p = Plain()
    p.b = p
    return p


def rec_frozenset_holder():
    p = Plain()
    fs = frozenset([p])
    p.a = fs
    return fs


def mutual():
    a = Plain()
    b = Plain(a=a)
    a.a = b
    return [a, b]


def many_strings(n):
    strs = ['s%d' % i for i in range(n)]
    return strs + strs


def local_function():
    def inner():
        pass
    return inner


def local_class():
    class Local:
        pass
    return Local


def myerror():
    e = MyError('boom', 7)
    e.extra = [1, 2]
    return e


def with_items():
    w = WithItems()
    w.items.extend(range(5))
    w.mapping.update({'a': 1, 'b': 2})
    return w


def many_items():
    w = WithItems()
    w.items.extend(range(2500))
    w.mapping.update((i, -i) for i in range(1200))
    return w


def one_item():
    w = WithItems()
    w.items.append('only')
    w.mapping['k'] = 'v'
    return w


def my_list():
    l = MyList([1, 2, 3])
    l.attr = 'yes'
    return l


def my_dict():
    d = MyDict(a=1)
    d.attr = [1]
    return d


CASES = []


def case(expr, check=None, name=None):
    CASES.append((name or expr, expr, check))


# -- atoms --
for expr in ['None', 'True', 'False', '[True, False, None]']:
    case(expr)
for n in [0, 1, -1, 127, 128, 255, 256, 257, 65535, 65536, -128, -129, -255,
          -256, -257, -32768, -32769, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64,
          -2**64, 2**64 + 1, 10**100, -10**100]:
    case(repr(n))
for expr in ['2**2038', '2**2039', '2**2040', '-2**2039', '-2**2040',
             '-2**2040 - 1', '2**5000 + 17', '-(2**8000)', '[2**70, -2**70]']:
    case(expr)
for expr in ['0.0', '-0.0', '1.0', '0.1', '-1.5', '1e300', '1e-300', '5e-324',
             '1e-310', '1.7976931348623157e308', '2.2250738585072014e-308',
             'INF', '-INF', 'NAN', 'math.pi', '1e22', '123456789.123',
             '1e16', '[0.5, -0.25, 3.0]']:
    case(expr)
# -- str --
for expr in ["''", "'a'", "'hello world'", "'\\xe9'", "'\\xfc' * 100",
             "'\\u20ac'", "'\\U0001f600'", "'x' * 255", "'x' * 256",
             "'\\xe9' * 127", "'\\xe9' * 128", "'a\\nb'", "'back\\\\slash'",
             "'\\x00\\x1a\\r\\t'", "'mixed \\xe9\\u20ac\\U0001f600 text'",
             "'\\x80\\xff'", "'x' * 70000", "'\\u0100' * 30000",
             "['same', 'same']", "'u' * 65535", "'v' * 65536"]:
    case(expr)
# -- bytes, bytearray --
for expr in ["b''", "b'a'", "b'\\x00\\xff'", "bytes(range(256))",
             "b'x' * 255", "b'x' * 256", "b'y' * 70000", "b'\\x80abc\\xff'",
             "bytearray()", "bytearray(b'abc')", "bytearray(b'z' * 70000)",
             "bytearray(range(256))", "[b'ab', b'ab']", "shared(b'cd')",
             "shared(bytearray(b'ef'))"]:
    case(expr)
# -- tuples, lists, dicts, sets --
for expr in ['()', '(1,)', '(1, 2)', '(1, 2, 3)', '(1, 2, 3, 4)',
             '((), ((),))', 'tuple(range(10))', '((1, 2), (3, (4, 5)))',
             "('a', 'b', 'c')", '[]', '[1]', '[1, 2]', 'list(range(999))',
             'list(range(1000))', 'list(range(1001))', 'list(range(2000))',
             'list(range(2001))', '[[]]', '[[1], [2, [3]]]',
             "[[i] for i in range(300)]", '{}', '{1: 2}', "{'a': 1, 'b': 2}",
             '{i: i for i in range(999)}', '{i: i for i in range(1000)}',
             '{i: i for i in range(1001)}', '{i: str(i) for i in range(2000)}',
             '{(1, 2): [3], 4.5: {6: 7}}', "{'nested': {'deep': {'x': []}}}",
             'set()', '{1}', '{1, 2, 3}', 'set(range(1000))',
             'set(range(2500))', 'frozenset()', 'frozenset({1, 2})',
             'frozenset(range(1500))', '{frozenset({1})}', "{'a', 'b', 'c'}",
             '[set(), frozenset()]', '{(1, 2), (3, 4)}', '{None, True, 0.5}']:
    case(expr)
# -- sharing and recursion --
case('shared([1])', 'r[0] is r[1]')
case("shared('shared')", 'r[0] is r[1]')
case('shared((1, 2))', 'r[0] is r[1]')
case('(lambda s: {1: s, 2: s})({3})', 'r[1] is r[2]')
case('(lambda d: (d, d, d))({})', 'r[0] is r[1] is r[2]')
case('(lambda f: [f, f])(frozenset({1}))', 'r[0] is r[1]')
case('rec_list()', 'r[1] is r')
case('rec_dict()', "r['self'] is r")
case('rec_tuple()', 'r[0][0] is r')
case('rec_object()', 'r.b is r')
case('rec_frozenset_holder()', 'next(iter(r)).a is r')
case('mutual()', 'r[0].a is r[1] and r[1].a is r[0]')
case('many_strings(300)', 'r[0] is r[300] and r[299] is r[599]')
case("many_strings(3000)", "r[0] is r[3000]")
case('[Plain()] * 3', 'r[0] is r[2]')
# -- other built-in values --
for expr in ['3+4j', 'complex(-0.0, 1)', '[1j, 1j]', 'range(5)',
             'range(1, 10, 2)', 'slice(1, 2, 3)', 'slice(None)', '...',
             'NotImplemented', 'type(None)', 'type(...)',
             'type(NotImplemented)', '[..., ...]']:
    case(expr)
# -- globals --
for expr in ['len', 'int', 'str', 'list', 'dict', 'object', 'type', 'max',
             'getattr', 'ValueError', 'Exception', 'bool', 'set', 'frozenset',
             'bytearray', 'complex', 'range', 'slice', '[int, str, int]',
             'FileNotFoundError', 'ModuleNotFoundError', 'sys.intern',
             'Plain', 'pk_classes.function', 'Outer.method', 'Outer.smethod',
             '[len, int, max, ValueError, sys.intern, str]',
             'Outer.Inner', 'Outer.Inner.Deeper', '[Outer.Inner, Outer]',
             '[Plain, Empty, pk_classes.function]']:
    case(expr)
case('Outer.cmethod', 'r() == "Outer"')
case('Outer().method', 'r() == "method"')
case('[].append', None)
# -- instances --
for expr in ['Plain()', "Plain([1, 2], {'k': 'v'})", 'Empty()',
             'Slotted()', 'Slotted(1)', 'Slotted(1, 2)', 'Slotted(1, 2, 3)',
             "SlottedChild(5, 'more')", 'WithState(42)', "TupleState(1, 'b')",
             'FalsyState()', "Reduced('a', 2)", 'SINGLETON', 'ByProtocol()',
             'NewArgs(1, 2)', "NewArgsEx('x', scale=3)", 'NewArgsExNoKw(4)',
             'my_list()', 'MyList()', 'MyList(range(1500))', 'my_dict()',
             'MyDict()', 'MySet([1, 2])', 'MyInt(7)', 'MyStr("s")',
             'MyFloat(1.5)', 'MyTuple((1, 2))', 'MyBytes(b"bb")',
             'Outer.Inner(3)', 'Outer.Inner.Deeper(4)', 'with_items()',
             'many_items()', 'one_item()', 'WithSetter()', 'Registered(2)',
             'Point(1, 2)', '[Point(1, 2), Point(3, 4)]',
             "[Plain(i, str(i)) for i in range(50)]"]:
    case(expr)
# -- exceptions --
for expr in ["ValueError('bad')", 'ValueError()', "KeyError('k')",
             'StopIteration(5)', 'myerror()', "MyError('m')",
             "OSError(2, 'No such file or directory')",
             "ZeroDivisionError('division by zero')",
             "Exception('a', 1, [2])", "RuntimeError('x')",
             "FileNotFoundError('gone')", 'TypeError(None)']:
    case(expr)


ERRORS = [
    ('lambda', 'lambda x: x'),
    ('local function', 'local_function()'),
    ('local class', 'local_class()'),
    ('local class instance', 'local_class()()'),
    ('reduce raises', 'NotPicklable()'),
    ('reduce returns int', 'BadReduce()'),
    ('module', 'sys'),
    ('generator', '(i for i in [])'),
]


RAW = [
    # Python 2 str opcodes and their encodings.
    ('STRING', b"S'abc'\np0\n.", {}, "'abc'"),
    ('STRING escapes', b"S'a\\nb\\x41\\101\\\\'\n.", {}, "'a\\nbAA\\\\'"),
    ('STRING double quotes', b'S"q\'q"\n.', {}, '"q\'q"'),
    ('STRING bytes', b"S'\\xff'\n.", {'encoding': 'bytes'}, "b'\\xff'"),
    ('STRING latin1', b"S'\\xe9'\n.", {'encoding': 'latin1'}, "'\\xe9'"),
    ('BINSTRING', b'T\x03\x00\x00\x00abc.', {}, "'abc'"),
    ('SHORT_BINSTRING', b'U\x03abc.', {}, "'abc'"),
    ('SHORT_BINSTRING bytes', b'U\x02\xff\x00.', {'encoding': 'bytes'},
     "b'\\xff\\x00'"),
    ('SHORT_BINSTRING latin1', b'U\x01\xe9.', {'encoding': 'latin1'},
     "'\\xe9'"),
    # Text opcodes.
    ('INT bools', b'(I01\nI00\nI5\nI-7\nt.', {}, '(True, False, 5, -7)'),
    ('LONG', b'L12345678901234567890L\n.', {}, '12345678901234567890'),
    ('LONG neg', b'L-5L\n.', {}, '-5'),
    ('FLOAT', b'F1.5\n.', {}, '1.5'),
    ('UNICODE escapes', b'Va\\u00e9\\U0001f600\\\\u0041\n.', {},
     "'a\\xe9\\U0001f600\\\\\\\\u0041'"),
    ('DICT LIST TUPLE', b'(dp0\nS\'a\'\n(lp1\nI1\naI2\nas(I3\nI4\nt.', {},
     "(3, 4)"),
    ('DICT', b"(S'a'\nI1\nS'b'\nI2\nd.", {}, "{'a': 1, 'b': 2}"),
    ('LIST GET PUT', b'(lp0\nI1\nag0\na.', {}, None),
    ('POP', b'I1\nI2\n0.', {}, '1'),
    ('POP_MARK', b'I1\n(I2\nI3\n1.', {}, '1'),
    ('DUP', b'(I1\n2t.', {}, '(1, 1)'),
    ('INST', b'(ipk_classes\nEmpty\np0\n(dp1\nS\'z\'\nI3\nsb.', {}, None),
    ('OBJ', b'(cpk_classes\nReduced\nI1\nI2\no.', {}, None),
    ('Python 2 names', b'(c__builtin__\nxrange\nc__builtin__\nunicode\n'
     b'cexceptions\nStandardError\nccopy_reg\n_reconstructor\nt.', {}, None),
    ('fix_imports off', b'\x80\x02cbuiltins\nint\n.', {'fix_imports': False},
     'int'),
    ('EMPTY_SET ADDITEMS', b'\x80\x04\x8f(K\x01K\x02\x90.', {}, '{1, 2}'),
    ('MEMOIZE', b'\x80\x04]\x94h\x00\x86.', {}, None),
    ('LONG_BINGET', b'\x80\x02]r\x00\x01\x00\x00j\x00\x01\x00\x00\x86.', {},
     None),
    ('BININT', b'J\xff\xff\xff\xff.', {}, '-1'),
    ('LONG1 zero', b'\x80\x02\x8a\x00.', {}, '0'),
    ('LONG4', b'\x80\x02\x8b\x02\x00\x00\x00\xff\x7f.', {}, '32767'),
    ('BINBYTES8', b'\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00ab.', {},
     "b'ab'"),
    ('BINUNICODE8', b'\x80\x04\x8d\x01\x00\x00\x00\x00\x00\x00\x00a.', {},
     "'a'"),
    ('NEWOBJ_EX', b'\x80\x04cpk_classes\nNewArgsEx\n\x8c\x01x\x85}'
     b'\x8c\x05scale\x94K\x02s\x92.', {}, None),
    ('frame then more', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00]'
     b'\x94K\x01a.', {}, '[1]'),
]


ERRORS_LOADS = [
    ('empty', b''),
    ('truncated arg', b'K'),
    ('no STOP', b'K\x01'),
    ('bad opcode', b'\xff'),
    ('bad opcode printable', b'z'),
    ('underflow POP', b'0.'),
    ('underflow after mark', b'(0.'),
    ('memo missing', b'h\x05.'),
    ('APPEND underflow', b'a.'),
    ('no MARK', b'e.'),
    ('bad protocol', b'\x80\x09.'),
    ('truncated BINUNICODE', b'X\x05\x00\x00\x00ab'),
    ('truncated frame', b'\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00N.'),
    ('STRING unquoted', b'Sabc\n.'),
    ('odd SETITEMS', b'}(K\x01u.'),
    ('unknown global', b'cpk_classes\nNoSuchName\n.'),
    ('unknown module', b'cno_such_module_xyz\nname\n.'),
    ('persistent id', b'P1\n.'),
    ('STACK_GLOBAL non-str', b'\x80\x04K\x01K\x02\x93.'),
]


# ---- comparison ---------------------------------------------------------------

def _attrs(obj):
    """The instance dict and slot values of obj."""
    out = {}
    d = getattr(obj, '__dict__', None)
    slot_values = {}
    for klass in type(obj).__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slot_values['slot:' + name] = getattr(obj, name)
            except AttributeError:
                pass
    if isinstance(d, dict):
        # (pygil's __dict__ also shows the slot values: leave them out.)
        out.update((k, v) for k, v in d.items()
                   if 'slot:%s' % k not in slot_values)
    out.update(slot_values)
    return out


def same(a, b, seen=None):
    """Deep equality: same types, same contents (NaN equals NaN, -0.0
    differs from 0.0), instances compared by their attributes."""
    if seen is None:
        seen = set()
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        if a != a:
            return b != b
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if a is None or isinstance(a, (bool, int, str, bytes, complex, range,
                                   slice, type)) or a is ... or \
            a is NotImplemented or callable(a) and not hasattr(a, '__dict__'):
        if isinstance(a, complex):
            return same(a.real, b.real) and same(a.imag, b.imag)
        return a == b
    key = (id(a), id(b))
    if key in seen:
        return True
    seen.add(key)
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return False
        if not all(same(x, y, seen) for x, y in zip(a, b)):
            return False
        return same(_attrs(a), _attrs(b), seen) if type(a) not in (list, tuple) else True
    if isinstance(a, dict):
        if list(a.keys()) != list(b.keys()) and set(a.keys()) != set(b.keys()):
            return False
        if not all(same(a[k], b[k], seen) for k in a):
            return False
        return same(_attrs(a), _attrs(b), seen) if type(a) is not dict else True
    if isinstance(a, (set, frozenset)):
        if len(a) != len(b):
            return False
        if all(type(x) in (int, str, bytes, tuple, float, bool, frozenset)
               or x is None for x in a):
            return a == b
        return len(a) == len(b)         # instances: hash by identity
    if isinstance(a, bytearray):
        return a == b
    if isinstance(a, BaseException):
        return same(a.args, b.args, seen) and same(_attrs(a), _attrs(b), seen)
    if hasattr(a, '__func__'):          # bound method
        return same(a.__self__, b.__self__, seen) and a.__func__ is b.__func__
    return same(_attrs(a), _attrs(b), seen)


def signature(value):
    """The shape CPython's memo and set order give the pickle: node types,
    which objects are shared, and set iteration order. Equal signatures in
    both interpreters mean the pickles must be byte-identical."""
    out = []
    ids = {}

    def walk(v, depth):
        if depth > 60:
            out.append('deep')
            return
        if v is None or type(v) in (bool, int, float):
            out.append(type(v).__name__)
            return
        k = ids.get(id(v))
        if k is not None:
            out.append('@%d' % k)
            return
        ids[id(v)] = len(ids)
        out.append(type(v).__name__)
        if isinstance(v, (list, tuple)):
            for x in v:
                walk(x, depth + 1)
        elif isinstance(v, dict):
            for x, y in v.items():
                walk(x, depth + 1)
                walk(y, depth + 1)
        elif isinstance(v, (set, frozenset)):
            for x in v:
                out.append(repr(x) if type(x) in (int, str, tuple, bytes)
                           else type(x).__name__)
                walk(x, depth + 1)
        elif isinstance(v, BaseException):
            walk(v.args, depth + 1)
        elif hasattr(v, '__dict__') or hasattr(type(v), '__slots__'):
            for x, y in _attrs(v).items():
                if x.startswith('slot:'):
                    out.append(x)       # not an object of the pickle
                else:
                    walk(x, depth + 1)
                walk(y, depth + 1)
    walk(value, 0)
    keep = [ids]                        # ids stay valid while walking
    return ' '.join(out)


def show(v, depth=0):
    """A deterministic description of an unpickled value that is not equal
    to the original (no addresses): instances by class and attributes."""
    if depth > 5:
        return '...'
    if isinstance(v, type) or v is None or isinstance(
            v, (bool, int, float, str, bytes, list, tuple, dict)):
        return repr(v)
    if isinstance(v, BaseException):
        return '%s%r' % (type(v).__name__, v.args)
    if hasattr(v, '__self__') and not hasattr(v, '__dict__'):
        return 'method %s of %s' % (v.__name__, show(v.__self__, depth + 1))
    return '%s(%s)' % (type(v).__qualname__, ', '.join(
        '%s=%s' % (k, show(x, depth + 1)) for k, x in sorted(_attrs(v).items())))
