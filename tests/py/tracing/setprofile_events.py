# sys.setprofile: call/return for Python functions, c_call/c_return/
# c_exception for built-in functions called from Python.
import sys

events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, frame.f_code.co_name, arg.__name__))
    else:
        events.append((event, frame.f_code.co_name))


def square(x):
    return x * x


def work():
    total = sum([square(i) for i in range(3)])
    values = []
    values.append(total)
    try:
        int("nope")
    except ValueError:
        pass
    return len(values)


sys.setprofile(prof)
work()
sys.setprofile(None)
for e in events:
    print(*e)
print(sys.getprofile())
