"""Helper package for import tests."""
print("helpers package initialised, __name__ =", __name__)
PACKAGE_CONST = "from helpers/__init__"
