"""Module A docstring."""
print("executing helpers.mod_a, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello {name} from mod_a"
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v})"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("mod_a run as script (should not happen)")
