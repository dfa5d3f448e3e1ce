"""Extract, format and print information about Python stack traces.

Output follows CPython 3.11's layout, except that the "^^^^" position
markers under source lines are never printed.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

# Frames repeated more than this many times in a row are summarised.
_REPEAT_LIMIT = 3

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")

_sentinel = object()


# ---------------------------------------------------------------------------
# Simple list-based helpers

def print_list(extracted_list, file=None):
    """Print the entries of an extracted stack/traceback list."""
    if file is None:
        file = sys.stderr
    for chunk in StackSummary.from_list(extracted_list).format():
        print(chunk, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


# ---------------------------------------------------------------------------
# Traceback objects

def print_tb(tb, limit=None, file=None):
    """Print up to *limit* entries of traceback *tb*."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """Like print_tb() but return a list of strings."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary for the entries of traceback *tb*."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


# ---------------------------------------------------------------------------
# Exceptions

def _resolve_value_tb(exc, value, tb):
    """Support both the (exc) and the (type, value, tb) call forms."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError('Exception expected for value, %s found'
                        % type(exc).__name__)
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and chained exceptions)."""
    value, tb = _resolve_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Like print_exception() but return a list of strings."""
    value, tb = _resolve_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format just the exception part ('Type: message' lines)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _final_line(type_name, value):
    text = _safe_str(value, 'exception')
    if value is None or not text:
        return "%s\n" % (type_name,)
    return "%s: %s\n" % (type_name, text)


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<%s str() failed>' % (what,)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception currently being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type etc.)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------------------
# Stacks

def print_stack(f=None, limit=None, file=None):
    """Print the current stack (or the stack ending at frame *f*)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Like print_stack() but return a list of strings."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass           # frame still executing
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# FrameSummary / StackSummary

class FrameSummary:
    """Information about a single frame: filename, lineno, name, line
    (and locals when captured)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)

    def _key(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self._key() == other._key() and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return self._key() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._key()[pos]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame *f* outwards (f_back)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from (frame, lineno) pairs."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = list(frame_gen) if limit is None or limit < 0 else []
        if limit is not None:
            if limit >= 0:
                # Take only the first *limit* entries, without exhausting
                # the generator.
                for pair in frame_gen:
                    if len(pairs) >= limit:
                        break
                    pairs.append(pair)
            else:
                pairs = pairs[limit:]
        result = klass()
        seen_files = set()
        for frame, lineno in pairs:
            code = frame.f_code
            filename = code.co_filename
            seen_files.add(filename)
            linecache.lazycache(filename, frame.f_globals)
            f_locals = getattr(frame, 'f_locals', None) if capture_locals else None
            result.append(FrameSummary(filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals))
        for filename in seen_files:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format one frame: the File line, its source line and locals."""
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {} = {}\n'.format(name, value)
        return text

    def format(self):
        """Return a list of strings, one per frame, collapsing runs of the
        same frame repeated more than three times."""
        out = []
        previous = None
        repeats = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == previous:
                repeats += 1
                if repeats >= _REPEAT_LIMIT:
                    continue
            else:
                if repeats >= _REPEAT_LIMIT:
                    out.append(_repeat_note(repeats - _REPEAT_LIMIT + 1))
                previous = key
                repeats = 0
            out.append(self.format_frame_summary(fs))
        if repeats >= _REPEAT_LIMIT:
            out.append(_repeat_note(repeats - _REPEAT_LIMIT + 1))
        return out


def _repeat_note(count):
    return '  [Previous line repeated {} more time{}]\n'.format(
        count, 's' if count > 1 else '')


# ---------------------------------------------------------------------------
# TracebackException

class _GroupLayout:
    """State shared while formatting nested exception groups: the nesting
    depth decides the left margin of every emitted line."""

    def __init__(self):
        self.depth = 0
        self.close_pending = False

    def pad(self):
        return '  ' * self.depth

    def emit(self, chunks, mark='|'):
        """Yield *chunks* (a string or an iterable of strings) with the
        current margin prepended to every line."""
        if isinstance(chunks, str):
            chunks = (chunks,)
        prefix = self.pad()
        if self.depth:
            prefix += mark + ' '
        for chunk in chunks:
            if not prefix:
                yield chunk
                continue
            yield ''.join(prefix + line for line in chunk.splitlines(True))


class TracebackException:
    """An exception captured for later formatting.

    Attributes: exc_type, stack, __cause__, __context__,
    __suppress_context__, __notes__, exceptions (for groups), and for
    SyntaxError: filename, lineno, end_lineno, text, offset, end_offset, msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary.extract(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception:
            self.__notes__ = '<__notes__ repr() failed>'

        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)

        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)

        def wrap(exc):
            return TracebackException(type(exc), exc, exc.__traceback__,
                                      _seen=_seen, **options)

        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = wrap(cause)
        need_context = not (compact and (self.__cause__ is not None or
                                         exc_value.__suppress_context__))
        context = exc_value.__context__
        if need_context and context is not None and id(context) not in _seen:
            self.__context__ = wrap(context)
        members = _group_members(exc_value)
        if members is not None:
            self.exceptions = [wrap(e) for e in members]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception instance."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self._type_name()

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_name(self):
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def format_exception_only(self):
        """Yield the 'Type: message' line(s), SyntaxError details and
        __notes__ lines."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        stype = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(stype)
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_str(note, 'note')
                for part in note.split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _safe_str(notes, '__notes__', func=repr) + '\n'

    def _syntax_error_lines(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            # Show the line without its indentation; shift the caret to match.
            stripped_right = text.rstrip('\n')
            shown = stripped_right.lstrip(' \n\f')
            removed = len(stripped_right) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if end == start or end == -1:
                    end = start + 1
                first = start - 1 - removed
                last = end - 1 - removed
                if first >= 0:
                    # Keep tabs so the caret lines up under tabbed text.
                    lead = ''.join(c if c.isspace() else ' '
                                   for c in shown[:first])
                    yield '    {}{}\n'.format(lead, '^' * (last - first))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def _chain(self, chain):
        """List of (header, TracebackException) pairs, oldest first."""
        links = []
        current = self
        while current is not None:
            if not chain:
                links.append((None, current))
                break
            if current.__cause__ is not None:
                header, nxt = _CAUSE_HEADER, current.__cause__
            elif (current.__context__ is not None and
                  not current.__suppress_context__):
                header, nxt = _CONTEXT_HEADER, current.__context__
            else:
                header, nxt = None, None
            links.append((header, current))
            current = nxt
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chained exceptions, the
        'Traceback (most recent call last):' header, frames and the
        exception line."""
        layout = _ctx if _ctx is not None else _GroupLayout()
        for header, te in self._chain(chain):
            if header is not None:
                yield from layout.emit(header)
            if te.exceptions is None:
                if te.stack:
                    yield from layout.emit('Traceback (most recent call last):\n')
                    yield from layout.emit(te.stack.format())
                yield from layout.emit(te.format_exception_only())
            elif layout.depth > self.max_group_depth:
                yield from layout.emit(
                    "... (max_group_depth is %d)\n" % self.max_group_depth)
            else:
                yield from te._format_group(layout, chain)

    def _format_group(self, layout, chain):
        outermost = layout.depth == 0
        if outermost:
            layout.depth = 1
        if self.stack:
            yield from layout.emit(
                'Exception Group Traceback (most recent call last):\n',
                mark='+' if outermost else '|')
            yield from layout.emit(self.stack.format())
        yield from layout.emit(self.format_exception_only())

        total = len(self.exceptions)
        width = self.max_group_width
        shown = total if width is None or total <= width else width + 1
        layout.close_pending = False
        for i in range(shown):
            is_last = i == shown - 1
            if is_last:
                layout.close_pending = True
            truncated = width is not None and i >= width
            title = '...' if truncated else str(i + 1)
            yield '{}{}+---------------- {} ----------------\n'.format(
                layout.pad(), '+-' if i == 0 else '  ', title)
            layout.depth += 1
            if truncated:
                more = total - width
                yield from layout.emit('and {} more exception{}\n'.format(
                    more, 's' if more > 1 else ''))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=layout)
            # A nested group that just closed consumed the pending flag, so
            # runs of simultaneously ending groups share one closing line.
            if is_last and layout.close_pending:
                yield layout.pad() + '+------------------------------------\n'
                layout.close_pending = False
            layout.depth -= 1
        if outermost:
            layout.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the formatted report to *file* (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _group_members(exc):
    """The sub-exceptions of an exception group, or None."""
    try:
        base_group = BaseExceptionGroup
    except NameError:
        base_group = None
    if base_group is not None and isinstance(exc, base_group):
        return list(exc.exceptions)
    return None
