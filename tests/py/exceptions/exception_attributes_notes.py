e = ValueError("base message")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__notes__)
class Rich(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
r = Rich("failed", 500)
print(r.code, r.args, str(r))
r.extra = "dynamic attr"
print(r.extra)
print(isinstance(e.with_traceback(None), ValueError))
err = None
try:
    raise Rich("boom", 1)
except Rich as ex:
    err = ex
print(err.code, err.__traceback__ is not None)
print(BaseException("a", 1).args, Exception().args, repr(Exception()))
print(StopIteration.__mro__[1].__name__, SystemExit(2).code, SystemExit().code, SystemExit("msg").code)
print(KeyboardInterrupt.__mro__[1].__name__, GeneratorExit.__bases__[0].__name__)
print(UnicodeEncodeError("ascii", "é", 0, 1, "bad").reason)
try:
    raise NotImplementedError
except NotImplementedError as ne:
    print(repr(ne), ne.args, str(ne) == "")
