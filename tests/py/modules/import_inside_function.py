import sys
def lazy_loader():
    from helpers import mod_star
    return mod_star.public_one()
print("helpers.mod_star" in sys.modules)
print(lazy_loader())
print("helpers.mod_star" in sys.modules, "mod_star" in globals())
def conditional(flag):
    if flag:
        import helpers.mod_nostar as m
    else:
        import helpers.mod_star as m
    return m.__name__
print(conditional(True), conditional(False))
class UsesImport:
    from helpers.mod_a import VALUE
    import helpers.mod_b as b
print(UsesImport.VALUE, UsesImport.b.double_value())
try:
    import helpers.mod_a as a, nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
print("a" in dir())
