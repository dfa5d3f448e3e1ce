try:
    import does_not_exist_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helpers import no_such_submodule
except ImportError as e:
    print(type(e).__name__, "cannot import no_such_submodule")
try:
    from helpers.mod_a import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import helpers.mod_a.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import math.nope
except ImportError as e:
    print(type(e).__name__, e)
