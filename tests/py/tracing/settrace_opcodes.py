# f_trace_opcodes asks for an 'opcode' event per instruction; here only
# their number per line matters (pygil's instructions differ from
# CPython's), so count lines that saw at least one.
import sys

seen = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "f":
        frame.f_trace_opcodes = True
        if event == "opcode" and frame.f_lineno not in seen:
            seen.append(frame.f_lineno)
    return tracer


def f():
    a = 1
    b = a + 1
    return b


sys.settrace(tracer)
f()
sys.settrace(None)
base = f.__code__.co_firstlineno
print([n - base for n in seen])
print(sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)
