from . import first
NAME = "second"
def call_first():
    return "second -> " + first.NAME
