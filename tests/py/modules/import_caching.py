print("first import:")
import helpers.mod_a
print("second import (no output expected):")
import helpers.mod_a
from helpers import mod_a
from helpers.mod_a import VALUE
print("state is shared:")
helpers.mod_a.bump()
from helpers import mod_a as again
print(again.counter, again is helpers.mod_a)
import sys
del sys.modules["helpers.mod_a"]
print("after deleting from sys.modules, import re-executes:")
import helpers.mod_a as fresh
print(fresh.counter, fresh is mod_a)
