import helpers.mod_a
print(helpers.mod_a.VALUE, helpers.mod_a.greet("x"), helpers.PACKAGE_CONST)
from helpers import mod_a
from helpers.mod_a import greet, Thing, VALUE as V
import helpers.mod_a as ma
print(mod_a is helpers.mod_a, ma is mod_a, greet is mod_a.greet, V)
print(Thing(3), type(Thing(3)).__module__, Thing.__qualname__)
print(mod_a.__name__, mod_a.__doc__, mod_a._private)
print(mod_a.bump(), mod_a.bump(), ma.counter)
from helpers.mod_a import counter
mod_a.bump()
print("imported name is a snapshot:", counter, "module attr:", mod_a.counter)
mod_a.VALUE = 100
print(helpers.mod_a.VALUE, V)
print(sorted(n for n in dir(mod_a) if not n.startswith("__")))
