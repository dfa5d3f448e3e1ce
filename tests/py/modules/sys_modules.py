import sys
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print("helpers.mod_nostar" in sys.modules)
import helpers.mod_nostar
print("helpers.mod_nostar" in sys.modules, "helpers" in sys.modules)
print(sys.modules["helpers.mod_nostar"] is helpers.mod_nostar)
import json
print("json" in sys.modules, type(sys.modules).__name__)
m = sys.modules["helpers.mod_nostar"]
print(m.visible(), m.CONST)
print(isinstance(sys.path, list), isinstance(sys.argv, list), sys.argv[0].endswith("sys_modules.py"))
print(type(sys.modules["sys"]).__name__, sys.version_info[0], sys.version_info >= (3, 8))
print(sys.maxsize > 2 ** 31, isinstance(sys.platform, str), sys.byteorder in ("little", "big"))
