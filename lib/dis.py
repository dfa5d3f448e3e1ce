"""Disassembler of pygil bytecode, in the layout of CPython 3.11's dis.

pygil has its own instruction set (crates/pygil/src/bytecode/opcodes.rs);
names follow CPython's where the operation is the same, so `n += 1` reads
LOAD_GLOBAL / LOAD_CONST / BINARY_OP (+=) / STORE_GLOBAL as in CPython.
Offsets count two bytes per instruction.
"""

import sys
import _dis
from collections import namedtuple

__all__ = ["dis", "disassemble", "distb", "get_instructions", "Instruction", "opname", "opmap", "code_info", "show_code", "Bytecode"]

opname = _dis.opnames()
opmap = {name: i for i, name in enumerate(opname)}

_Instruction = namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=[None],
)


class Instruction(_Instruction):
    """One instruction, as dis.get_instructions yields it."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def _get_code(x):
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    if hasattr(x, "gi_code"):
        x = x.gi_code
    if isinstance(x, str):
        x = compile(x, "<dis>", "exec")
    if not hasattr(x, "co_code"):
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return x


def get_instructions(x, *, first_line=None):
    """Iterate over the Instructions of a function, method, code object or source string."""
    co = _get_code(x)
    for raw in _dis.instructions(co):
        yield Instruction(*raw)


def disassemble(co, lasti=-1, *, file=None):
    """Print the instructions of one code object."""
    out = file if file is not None else sys.stdout
    instrs = [Instruction(*raw) for raw in _dis.instructions(co)]
    lines = [i.starts_line for i in instrs if i.starts_line is not None]
    width = len(str(max(lines))) if lines and max(lines) >= 1000 else 3
    offset_width = len(str(instrs[-1].offset)) if instrs and instrs[-1].offset >= 10000 else 4
    for i, ins in enumerate(instrs):
        if ins.starts_line is not None and i > 0:
            print(file=out)
        print(ins._disassemble(width, ins.offset == lasti, offset_width), file=out)


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for c in _dis.nested_code(co):
            print(file=file if file is not None else sys.stdout)
            print("Disassembly of %r:" % (c,), file=file if file is not None else sys.stdout)
            _disassemble_recursive(c, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None):
    """Disassemble a function, method, class, module, code object or source string."""
    out = file if file is not None else sys.stdout
    if x is None:
        raise NotImplementedError("dis.dis() without an argument (last traceback) is not supported by pygil yet")
    if hasattr(x, "__dict__") and not hasattr(x, "__code__") and not hasattr(x, "__func__"):
        for name, value in sorted(vars(x).items()):
            if hasattr(value, "__func__"):
                value = value.__func__
            if hasattr(value, "__code__") or isinstance(value, (classmethod, staticmethod)):
                print("Disassembly of %s:" % name, file=out)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as e:
                    print("Sorry:", e, file=out)
                print(file=out)
        return
    _disassemble_recursive(_get_code(x), file=file, depth=depth)


def distb(tb=None, *, file=None):
    raise NotImplementedError("dis.distb is not supported by pygil yet")


def code_info(x):
    co = _get_code(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
    ]
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object, iterable, with dis()."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        self.codeobj = _get_code(x)
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj)

    def dis(self):
        import io
        buf = io.StringIO()
        disassemble(self.codeobj, -1 if self.current_offset is None else self.current_offset, file=buf)
        return buf.getvalue()

    def info(self):
        return code_info(self.codeobj)
