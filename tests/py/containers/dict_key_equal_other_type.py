from fractions import Fraction
class K:
    def __hash__(self): return 2
    def __eq__(self, o): return o == 2
d = {K(): 1}
print(d.get(2), 2 in d, d.get(3))
print({Fraction(2): 'x'}[2], {Fraction(1, 2): 'h'}.get(0.5))
s = {Fraction(3)}
print(3 in s)
e = {"a": 1, K(): 5}
e[2] = 7
print(len(e), e[K()])
