__all__ = ["public_one", "PublicClass"]
def public_one():
    return "public_one"
def public_two():
    return "public_two (not in __all__)"
class PublicClass:
    pass
_underscore = 1
