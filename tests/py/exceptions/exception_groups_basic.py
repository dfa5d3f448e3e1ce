try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("group", [KeyError("a"), IndexError("b")])
print(eg, len(eg.exceptions), eg.message)
match, rest = eg.split(KeyError)
print(repr(match.exceptions), repr(rest.exceptions))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
sub = eg.subgroup(lambda e: isinstance(e, IndexError))
print(sub.exceptions)
try:
    try:
        raise ExceptionGroup("outer", [OSError("disk"), ValueError("val")])
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as remaining:
    print("remaining:", [type(e).__name__ for e in remaining.exceptions])
