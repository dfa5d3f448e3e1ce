from . import mod_a
from .mod_a import greet as _greet
from helpers.mod_a import VALUE
def double_value():
    return VALUE * 2
def greet_twice(name):
    return _greet(name) + " / " + mod_a.greet(name.upper())
