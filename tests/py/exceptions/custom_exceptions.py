class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, what):
        self.what = what
    def __str__(self):
        return f"{self.what} not found"
class WithRepr(AppError):
    def __repr__(self):
        return "WithRepr!"
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short")
    if user["name"] == "ghost":
        raise NotFound("user ghost")
    return "ok"
for u in [{}, {"name": "al"}, {"name": "ghost"}, {"name": "alice"}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", e.field, e.message, "|", e, "|", e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, isinstance(e, Exception))
print(repr(WithRepr("x")), str(WithRepr("x")))
print(repr(ValidationError("f", "m")), repr(NotFound("n")))
class CodeError(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
try:
    raise CodeError(404, "missing")
except CodeError as e:
    print(e.code, e, e.args)
print(AppError.__doc__, issubclass(NotFound, AppError), NotFound.__mro__[2].__name__)
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as e:
    print("caught as AttributeError:", repr(e))
