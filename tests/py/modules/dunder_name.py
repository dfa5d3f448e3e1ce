print("__name__ in main script:", __name__)
if __name__ == "__main__":
    print("running as main")
import helpers.mod_a
print(helpers.mod_a.__name__, helpers.__name__)
def f():
    return __name__
print(f(), f.__module__)
class C:
    pass
print(C.__module__, C().__class__.__module__)
import sys
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(__package__ is None or __package__ == "", __doc__)
print(__spec__ is None)
