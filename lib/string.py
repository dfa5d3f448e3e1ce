"""Common string constants and classes.

Constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation, printable.
Functions: capwords.  Classes: Template ($-substitution) and Formatter
(the str.format() machinery, overridable piece by piece).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and
    join them with sep (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


################################################################################
# Template
################################################################################

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_NO_MAPPING = {}

try:
    import re as _re
    _IGNORECASE = _re.IGNORECASE
except ImportError:            # re is only needed for customised Templates
    _re = None
    _IGNORECASE = 2


def _compile_syntax(cls):
    """The regular expression for a Template class whose delimiter,
    idpattern, braceidpattern or flags differ from the defaults."""
    delimiter = _re.escape(cls.delimiter)
    braced = cls.braceidpattern or cls.idpattern
    source = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|'
              r'(?P<invalid>))' % (delimiter, delimiter, cls.idpattern,
                                   braced))
    return _re.compile(source, cls.flags)


def _is_default_identifier_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_default_identifier_char(ch):
    return _is_default_identifier_start(ch) or '0' <= ch <= '9'


class _DefaultPattern:
    """Template.pattern for the default syntax, compiled on first access:
    the default syntax is matched by a hand-written scanner, so plain
    Templates never need the regular expression."""

    def __init__(self):
        self.compiled = None

    def __get__(self, instance, owner=None):
        if self.compiled is None:
            self.compiled = _compile_syntax(Template)
        return self.compiled


class Template:
    """A template string with $name / ${name} placeholders ($$ is a
    literal $), filled by substitute() or safe_substitute()."""

    delimiter = '$'
    # Identifiers: ASCII letters, digits and underscores, not starting
    # with a digit; matched case-insensitively.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _DefaultPattern()
    # True while the class uses the default syntax (fast scanner).
    _default_syntax = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            if isinstance(pattern, str):
                pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)
            cls.pattern = pattern
            cls._default_syntax = False
        elif (cls.delimiter == '$' and cls.idpattern == _DEFAULT_IDPATTERN
              and cls.braceidpattern is None and cls.flags == _IGNORECASE):
            cls.pattern = Template.__dict__['pattern']
            cls._default_syntax = True
        else:
            cls.pattern = _compile_syntax(cls)
            cls._default_syntax = False

    def __init__(self, template):
        self.template = template

    # -- scanning ------------------------------------------------------------

    def _placeholders(self):
        """Yield (start, end, kind, name) for each placeholder.

        kind is 'escaped', 'named', 'braced' or 'invalid'.  Uses a direct
        scan for the default syntax and the class regex otherwise.
        """
        cls = type(self)
        if cls._default_syntax:
            yield from self._scan_default()
            return
        for match in cls.pattern.finditer(self.template):
            kind = None
            for group in ('escaped', 'named', 'braced', 'invalid'):
                if match.group(group) is not None:
                    kind = group
                    break
            if kind is None:
                raise ValueError('Unrecognized named group in pattern',
                                 cls.pattern)
            name = match.group(kind) if kind in ('named', 'braced') else None
            yield match.start(), match.end(), kind, name

    def _scan_default(self):
        text = self.template
        size = len(text)
        position = text.find('$')
        while position >= 0:
            after = position + 1
            if after < size and text[after] == '$':
                yield position, after + 1, 'escaped', None
                position = text.find('$', after + 1)
                continue
            if after < size and _is_default_identifier_start(text[after]):
                end = after + 1
                while end < size and _is_default_identifier_char(text[end]):
                    end += 1
                yield position, end, 'named', text[after:end]
                position = text.find('$', end)
                continue
            if (after + 1 < size and text[after] == '{'
                    and _is_default_identifier_start(text[after + 1])):
                end = after + 2
                while end < size and _is_default_identifier_char(text[end]):
                    end += 1
                if end < size and text[end] == '}':
                    yield position, end + 1, 'braced', text[after + 1:end]
                    position = text.find('$', end + 1)
                    continue
            yield position, after, 'invalid', None
            position = text.find('$', after)

    def _invalid(self, start):
        # Report the position of a bad placeholder as 1-based line/column.
        line = 1
        line_start = 0
        for piece in self.template[:start].splitlines(keepends=True):
            if piece.splitlines()[0] != piece:      # ends with a line break
                line += 1
                line_start += len(piece)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, start - line_start + 1))

    def _render(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            base = mapping

            class _Layered:
                # Keyword arguments take precedence over the mapping.
                def __getitem__(self, key):
                    if key in kws:
                        return kws[key]
                    return base[key]
            mapping = _Layered()
        text = self.template
        pieces = []
        done = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(text[done:start])
            done = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    pieces.append(text[start:end])
                else:
                    self._invalid(start)
            elif safe:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append(str(mapping[name]))
        pieces.append(text[done:])
        return ''.join(pieces)

    # -- public API ----------------------------------------------------------

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace placeholders; KeyError for a missing name, ValueError for
        a malformed placeholder."""
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but missing names and malformed placeholders
        are left in the result unchanged."""
        return self._render(mapping, kws, True)

    def is_valid(self):
        """False if the template has malformed placeholders."""
        for _, _, kind, _ in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The distinct placeholder names, in order of first appearance."""
        names = []
        for _, _, kind, name in self._placeholders():
            if kind in ('named', 'braced') and name not in names:
                names.append(name)
        return names


################################################################################
# Formatter
################################################################################

def _parse_format(text):
    """Split a format string into (literal, field_name, format_spec,
    conversion) tuples, like str.format() sees it.

    field_name is None for trailing literal text; conversion is None when
    there is no !x part.  '{{' and '}}' end a literal chunk that includes
    one brace.
    """
    size = len(text)
    position = 0
    while position < size:
        # Literal text up to the next brace.
        start = position
        brace = None
        while position < size:
            ch = text[position]
            position += 1
            if ch == '{' or ch == '}':
                brace = ch
                break
        if brace is None:
            yield text[start:position], None, None, None
            return
        at_end = position >= size
        if brace == '}' and (at_end or text[position] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if text[position] == brace:
            # Doubled brace: literal text including one brace.
            position += 1
            yield text[start:position - 1], None, None, None
            continue
        literal = text[start:position - 1]
        field_name, format_spec, conversion, position = _parse_field(
            text, position)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, position):
    """Parse one replacement field starting just after its '{'.

    Returns (field_name, format_spec, conversion, position after '}').
    """
    size = len(text)
    name_start = position
    last = None
    while position < size:
        last = text[position]
        position += 1
        if last == '{':
            raise ValueError("unexpected '{' in field name")
        if last == '[':
            # Anything up to ']' belongs to the index, even ':!}'.
            while position < size and text[position] != ']':
                position += 1
            continue
        if last in '}:!':
            break
    else:
        # Ran off the end without a terminator.
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:position - 1]
    conversion = None
    if last == '}':
        return field_name, '', conversion, position
    if last == '!':
        if position >= size:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = text[position]
        position += 1
        if position < size:
            ch = text[position]
            position += 1
            if ch == '}':
                return field_name, '', conversion, position
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    # Format spec: up to the '}' matching the field's '{'.
    spec_start = position
    depth = 1
    while position < size:
        ch = text[position]
        position += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return (field_name, text[spec_start:position - 1],
                        conversion, position)
    raise ValueError("unmatched '{' in format spec")


def _as_int_if_decimal(text):
    if text and text.isdecimal():
        return int(text)
    return text


def _split_field_name(field_name):
    """('a.b[0]') -> ('a', iterator of (True, 'b'), (False, 0)).

    Like str.format(), errors in the later parts are only raised when the
    iterator reaches them (after earlier lookups have been done).
    """
    size = len(field_name)
    position = 0
    while position < size and field_name[position] not in '.[':
        position += 1
    return _as_int_if_decimal(field_name[:position]), _field_parts(
        field_name, position)


def _field_parts(field_name, position):
    size = len(field_name)
    while position < size:
        ch = field_name[position]
        position += 1
        if ch == '.':
            start = position
            while position < size and field_name[position] not in '.[':
                position += 1
            name = field_name[start:position]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        elif ch == '[':
            start = position
            while position < size and field_name[position] != ']':
                position += 1
            if position >= size:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:position]
            if not key:
                raise ValueError('Empty attribute in format string')
            position += 1
            yield False, _as_int_if_decimal(key)
            if position < size and field_name[position] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")


class Formatter:
    """The str.format() algorithm, split into overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # auto_arg_index: next automatic number, or False once explicit
        # numbering has been used (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may itself contain replacement fields.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)
        tuples; field_name is None when no replacement field follows."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'a.b[0]'-style field names; returns (object, first part
        of the name) so check_unused_args can see which argument was used.
        """
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
