import pkg_shapes
from pkg_shapes import Circle, Square, VERSION
from pkg_shapes.sub import util
print(VERSION, pkg_shapes.__all__)
for s in pkg_shapes.all_shapes():
    print(s.describe())
print(Circle(2).describe(), Square(3).area())
print(util.PI, util.parent_package(), util.base_module_name())
print(pkg_shapes.sub.SUB_NAME, pkg_shapes.circle.__name__, pkg_shapes.__name__)
print(Circle.__module__, Circle.__mro__[1].__module__)
import helpers.mod_b as mb
print(mb.double_value(), mb.greet_twice("z"))
print(mb.mod_a is __import__("helpers.mod_a").mod_a)
