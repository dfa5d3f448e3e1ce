"""Pretty-printing of Python data structures.

pygil's pprint, written for pygil to print exactly what CPython 3.11's
pprint prints. The layout rules, in short:

* An object whose one-line repr fits in the space left on the line (the
  width minus the current indent minus the `allowance` reserved for the
  closing brackets and commas that follow it) is written as that repr.
* Otherwise, if its type's __repr__ is one pprint knows (dict, list, tuple,
  set, frozenset, str, bytes, bytearray, mappingproxy, SimpleNamespace, the
  collections types, dataclasses with a generated repr), it is split: one
  element per line, aligned after the opening bracket; with compact=True as
  many short elements per line as fit. Strings and bytes are split into
  adjacent literals at word (4-byte) boundaries.
* Dicts are sorted by key unless sort_dicts=False; unorderable keys fall back
  to ordering by (type name, id).
* A container met again while it is being printed prints as
  <Recursion on TYPE with id=ID>; beyond `depth` levels, as [...], (...), {...}.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts in insertion order by default)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders anything: by value when the values compare, else
    by (type name, id) so mixed-type dicts and sets still sort."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


# The names CPython's pprint gives these (subclasses of PrettyPrinter use them).
_safe_key = _SafeKey
_safe_tuple = _pair_key


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always the one-line repr (and readable).
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _generated_dataclass_repr(obj):
    """Is obj a dataclass instance whose __repr__ is the one @dataclass wrote?"""
    if isinstance(obj, type) or not _dataclasses.is_dataclass(obj):
        return False
    if not obj.__dataclass_params__.repr:
        return False
    r = type(obj).__repr__
    wrapped = getattr(r, "__wrapped__", None)
    if wrapped is not None and "__create_fn__" in getattr(wrapped, "__qualname__", ""):
        return True
    return getattr(r, "__module__", None) == "dataclasses" and getattr(r, "__name__", None) == "__repr__"


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent: number of spaces to indent for each level of nesting.
        width: attempted maximum number of columns in the output.
        depth: the maximum depth to print out nested structures.
        stream: the desired output stream (default sys.stdout).
        compact: if true, several items will be combined in one line.
        sort_dicts: if true, dict keys are sorted.
        underscore_numbers: if true, digit groups of ints are separated with '_'.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column `indent`, keeping `allowance` columns free after it."""
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            splitter = self._dispatch.get(type(object).__repr__)
            if splitter is None and _generated_dataclass_repr(object):
                splitter = PrettyPrinter._pprint_dataclass
            if splitter is not None:
                context[objid] = 1
                splitter(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Sequence elements, one per line (or packed when compact), after an opening bracket."""
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        items = list(items)
        if not items:
            return
        room = line_room = self._width - indent + 1
        sep = ''
        last_index = len(items) - 1
        for i, item in enumerate(items):
            last = i == last_index
            if last:
                line_room -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = line_room
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    write(sep)
                    sep = ', '
                    write(rep)
                    continue
            write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_dict_items(self, pairs, stream, indent, allowance, context, level):
        """key: value lines of a dict (after its opening brace)."""
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            krep = self._repr(key, context, level)
            write(krep)
            write(': ')
            self._format(value, stream, indent + len(krep) + 2, allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, pairs, stream, indent, allowance, context, level):
        """name=value lines of a namespace or dataclass."""
        write = stream.write
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for i, (name, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            write(name)
            write('=')
            if id(value) in context:
                # A recursive reference prints as the dataclass repr shows it.
                write('...')
            else:
                self._format(value, stream, indent + len(name) + 1, allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _dict_items(self, object):
        if self._sort_dicts:
            return sorted(object.items(), key=_pair_key)
        return object.items()

    # -- splitters, one per known __repr__

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            self._format_dict_items(self._dict_items(object), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_SafeKey), stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        lines = object.splitlines(True)
        if level == 1:
            # At top level the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        width = self._width - indent
        pieces = []
        rep = ''
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= width - (allowance if last_line else 0):
                pieces.append(rep)
                continue
            # Cut at word boundaries: each chunk is a run of non-spaces and the spaces after it.
            words = re.findall(r'\S*\s*', line)
            words.pop()
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = width
                if last_line and j == len(words) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_bytes_pieces(object, self._width - indent, allowance)))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; subclasses show their name.
        name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        pairs = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(pairs, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString print as what they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object, safe against recursion."""
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._container_repr(object, "{%s}", self._dict_items(object), True,
                                        context, maxlevels, level)
        if issubclass(typ, list) and r is list.__repr__:
            if not object:
                return "[]", True, False
            return self._container_repr(object, "[%s]", object, False, context, maxlevels, level)
        if issubclass(typ, tuple) and r is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._container_repr(object, template, object, False, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _container_repr(self, object, template, items, pairs, context, maxlevels, level):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krep, kread, krec = self.format(item[0], context, maxlevels, level)
                vrep, vread, vrec = self.format(item[1], context, maxlevels, level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                rep, read, rec = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and read
                recursive = recursive or rec
        del context[objid]
        return template % ", ".join(parts), readable, recursive


def _bytes_pieces(object, width, allowance):
    """Literals of 4-byte-aligned runs of object, each fitting in width."""
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_wrapper,
}
