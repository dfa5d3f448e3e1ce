names = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError,
         UnboundLocalError, StopIteration, RecursionError, OverflowError, FileNotFoundError, NotImplementedError,
         UnicodeDecodeError, AssertionError, ImportError, ModuleNotFoundError, KeyboardInterrupt, SystemExit,
         GeneratorExit, LookupError, ArithmeticError, RuntimeError, OSError, Exception, BaseException]
for cls in names:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(SystemExit, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
def catch(exc):
    try:
        raise exc
    except LookupError as e:
        return "LookupError handler: " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError handler: " + type(e).__name__
    except Exception as e:
        return "Exception handler: " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError()]:
    print(catch(exc))
try:
    raise (ValueError, TypeError)[1]("tuple choice")
except (KeyError, TypeError) as e:
    print("tuple clause:", type(e).__name__, e)
