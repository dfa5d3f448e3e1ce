# erf/erfc as C's (CPython calls libm), including erf(0.0); lgamma's poles.
import math

for x in (0.0, -0.0, 0.5, 1.0, 3.0, -2.5, 10.0, 1e-300, float("inf"), -float("inf")):
    print(x, math.erf(x).hex(), math.erfc(x).hex())
for x in (1.0, 2.0, 3.0, 1e6):
    print(x, round(math.lgamma(x), 9))
for bad in (0.0, -1.0, -2.0):
    try:
        print(math.lgamma(bad))
    except ValueError as e:
        print("ValueError", e)
