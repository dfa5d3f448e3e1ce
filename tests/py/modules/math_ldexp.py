# math.ldexp rounds once, also into the subnormal range; type.__module__.
import math

for x, e in [(1.0, -1074), (0.75, -1073), (1.5, 1023), (1.0, -1080), (3.0, -1075),
             (-0.5, -1073), (0.1, 10), (1.0, 0), (-2.5, -1060), (float("inf"), -5)]:
    print(x, e, math.ldexp(x, e))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int.__module__, type.__module__, object.__module__, len.__module__)
