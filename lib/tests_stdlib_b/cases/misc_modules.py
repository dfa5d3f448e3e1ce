import linecache
import types
import numbers
import os
import sys
import fractions
import decimal

here = os.path.abspath(__file__)
print(linecache.getline(here, 1), repr(linecache.getline(here, 10000)), repr(linecache.getline('nope.py', 1)))
lines = linecache.getlines(here)
print(len(lines) > 5, lines[0])
tmp = '/tmp/_pyg_linecache_test.py'
with open(tmp, 'w') as f:
    f.write('# -*- coding: latin-1 -*-\nx = 1\ny = 2')
print(repr(linecache.getline(tmp, 3)), repr(linecache.getline(tmp, 2)))
with open(tmp, 'w') as f:
    f.write('changed\n' * 5)
print(repr(linecache.getline(tmp, 1)))
linecache.checkcache(tmp)
print(repr(linecache.getline(tmp, 1)))
linecache.clearcache()
print(linecache.cache == {}, repr(linecache.getline('<stdin>', 1)))
os.remove(tmp)
linecache.checkcache()
print(repr(linecache.getline(tmp, 1)))

print(types.FunctionType, types.LambdaType is types.FunctionType, types.BuiltinFunctionType, types.MethodType)
print(types.ModuleType, types.GeneratorType, types.CodeType, types.FrameType, types.TracebackType)
print(types.MappingProxyType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.CellType)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2), ns.a)
ns.c = ns
print(ns)
del ns.c
print(repr(types.SimpleNamespace()), vars(ns))


class SubNS(types.SimpleNamespace):
    pass


print(SubNS(z=1), SubNS(z=1) == types.SimpleNamespace(z=1))
try:
    hash(ns)
except TypeError as e:
    print('unhashable', type(ns))
m = types.ModuleType('mymod', 'doc')
print(m.__name__, m.__doc__)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], type(mp).__name__)


def body(ns):
    ns['x'] = 5


C = types.new_class('C', (object,), {}, body)
print(C, C.x, C.__mro__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {'prepared': True}
        return d

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1}, body)
print(type(D).__name__, D.prepared, D.x)
print(types.resolve_bases((int, str)), types.prepare_class('E', (int,))[0])
import typing
print(types.resolve_bases((typing.List[int],)))
G = types.new_class('G', (typing.Generic[typing.TypeVar('T')],))
print(G.__orig_bases__, G.__mro__)
try:
    types.new_class('Bad', (int, str))
except TypeError as e:
    print(e)


class DC:
    @types.DynamicClassAttribute
    def attr(self):
        return 'instance'


print(DC().attr)
try:
    DC.attr
except AttributeError:
    print('class access raises')

print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number))
print(isinstance(1.5, numbers.Integral), isinstance(fractions.Fraction(1, 2), numbers.Rational), isinstance(decimal.Decimal(1), numbers.Number))
print(issubclass(int, numbers.Rational), issubclass(complex, numbers.Real), issubclass(float, numbers.Complex))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(self.v ** e)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    __hash__ = lambda self: hash(self.v)


x = MyInt(7)
print(float(x), x.numerator.v, x.denominator, complex(x), x.real.v, x.imag, x.conjugate().v, bool(x), (x - 2).v, divmod(x, 2)[0].v, x.__index__())
try:
    numbers.Number.__hash__
    print(numbers.Number.__hash__)
except AttributeError:
    pass
