from . import second
NAME = "first"
def call_second():
    return "first -> " + second.NAME
