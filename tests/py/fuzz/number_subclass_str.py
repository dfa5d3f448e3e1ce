# Found by tools/fuzz/diff.py (seed 934 and 69 more): str() and print() of
# an int or float subclass ignored the subclass's __repr__. In CPython int,
# float, bool and complex have no __str__ of their own (object.__str__
# calls repr), and __format__ with an empty spec is str(self). complex()
# also ignored its class: complex subclasses built plain complex numbers.
import operator as op


class N(int):
    def __add__(self, o):
        return N(int(self) + int(o) + 100)

    def __repr__(self):
        return 'N(%d)' % int(self)


v = N(6)
print(v + 1, 1 + v, v * 2, sum([v, v]), op.add(v, v), v == int(v), hash(v) == hash(int(v)), isinstance(v, int))


class F(float):
    def __repr__(self):
        return 'F!'


class C(complex):
    def __repr__(self):
        return 'C!'

    def parts(self):
        return self.real, self.imag


class B(bytes):
    def __repr__(self):
        return 'B!'


class L(list):
    def __repr__(self):
        return 'L!'


class S(str):
    def __repr__(self):
        return 'S!'


class T(tuple):
    def __repr__(self):
        return 'T!'


for x in (N(1), F(1.5), C(1j), B(b'x'), L([1]), S('s'), T((1,))):
    print(type(x).__name__, str(x), '%s' % (x,), f'{x}', format(x, ''), [x], type(x).__str__ is object.__str__)
print(int.__str__ is object.__str__, float.__str__ is object.__str__, bool.__str__ is object.__str__,
      complex.__str__ is object.__str__)
print(C(1, 2).parts(), C('3+4j'), type(C('3+4j')).__name__, C(2) + 1, type(C(2) + 1).__name__)
print(str(10**30), format(10**30, ''), str(1.5), format(2.5, ''), f'{3}', f'{1e300}', str(True), format(True, ''),
      f'{False:d}', format(1+2j, ''), str(-0.0), format(N(5), 'x'), format(F(2.5), '.2f'))
