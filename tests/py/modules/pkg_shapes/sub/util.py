from .. import base
PI = 3.14159
def parent_package():
    return __package__
def base_module_name():
    return base.__name__
