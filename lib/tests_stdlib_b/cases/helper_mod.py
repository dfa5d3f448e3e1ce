import warnings


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def user_warning():
    warnings.warn("user level")


def twice():
    for _ in range(2):
        warnings.warn("loop warn")
