from helpers.mod_star import *
print(public_one(), PublicClass.__name__)
try:
    public_two()
except NameError as e:
    print("NameError:", e)
from helpers.mod_nostar import *
print(visible(), CONST)
try:
    _hidden()
except NameError as e:
    print("NameError:", e)
from helpers.mod_nostar import _hidden
print(_hidden())
from math import *
print(floor(2.7), sqrt(9), pi > 3)
