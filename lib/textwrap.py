"""Text wrapping and filling.

TextWrapper does the work; wrap(), fill() and shorten() are shortcuts that
create one for a single call.  dedent() and indent() adjust the common
leading whitespace of lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters count as whitespace for wrapping (not every
# Unicode space: a no-break space must not become a break point).
_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE_SET = frozenset(_whitespace)
# Characters that may precede an em-dash ('--') for it to split words.
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a digit.
    return _is_word_char(ch) and not ch.isdigit()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in _WORD_PUNCT_EXTRA


def _ends_sentence(chunk):
    # lowercase letter, then . ! or ?, then optionally a quote, at the end
    size = len(chunk)
    if size and chunk[-1] in '"\'':
        size -= 1
    return (size >= 2 and chunk[size - 1] in '.!?'
            and 'a' <= chunk[size - 2] <= 'z')


class TextWrapper:
    """Configurable paragraph wrapper: use wrap() or fill(); the
    underscore methods are the steps, which subclasses may override.

    Attributes (set by the constructor, may be changed afterwards):
      width (default 70), initial_indent, subsequent_indent,
      expand_tabs, replace_whitespace, fix_sentence_endings,
      break_long_words, drop_whitespace, break_on_hyphens, tabsize,
      max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing the text ------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: runs of whitespace and words.

        With break_on_hyphens, words are further split after hyphens that
        join letters ('long-' 'term') and around em-dashes ('--') between
        words.
        """
        chunks = []
        size = len(text)
        position = 0
        while position < size:
            end = position
            if text[position] in _WHITESPACE_SET:
                while end < size and text[end] in _WHITESPACE_SET:
                    end += 1
                chunks.append(text[position:end])
            else:
                while end < size and text[end] not in _WHITESPACE_SET:
                    end += 1
                if self.break_on_hyphens:
                    chunks.extend(self._split_word(text, position, end))
                else:
                    chunks.append(text[position:end])
            position = end
        return chunks

    @staticmethod
    def _em_dash_at(text, position, end):
        """Length of an em-dash (2+ hyphens followed by a word character)
        starting at position, or 0."""
        run = position
        while run < end and text[run] == '-':
            run += 1
        if run - position >= 2 and run < end and _is_word_char(text[run]):
            return run - position
        return 0

    @staticmethod
    def _hyphen_breaks_after(text, dash, end):
        """Whether a word may be broken just after the hyphen at `dash`.

        The hyphen must follow two letters (or letter, hyphen, letter) and
        be followed by a letter, an optional hyphen and another letter.
        """
        before = (dash >= 2 and _is_letter(text[dash - 2])
                  and _is_letter(text[dash - 1]))
        if not before:
            before = (dash >= 3 and _is_letter(text[dash - 3])
                      and text[dash - 2] == '-' and _is_letter(text[dash - 1]))
        if not before:
            return False
        nxt = dash + 1
        if nxt >= end or not _is_letter(text[nxt]):
            return False
        nxt += 1
        if nxt < end and text[nxt] == '-':
            nxt += 1
        return nxt < end and _is_letter(text[nxt])

    def _split_word(self, text, start, end):
        # Split the non-whitespace run text[start:end] into chunks.
        pieces = []
        position = start
        while position < end:
            # An em-dash after word punctuation is a chunk of its own.
            if position > 0 and _is_word_punct(text[position - 1]):
                dash = self._em_dash_at(text, position, end)
                if dash:
                    pieces.append(text[position:position + dash])
                    position += dash
                    continue
            # Otherwise take the shortest word piece (at least one char)
            # that ends after a breakable hyphen, at the end of the run, or
            # before an em-dash.
            cut = position + 1
            while cut < end:
                if (text[cut] == '-'
                        and self._hyphen_breaks_after(text, cut, end)):
                    cut += 1
                    break
                if (_is_word_punct(text[cut - 1])
                        and self._em_dash_at(text, cut, end)):
                    break
                cut += 1
            pieces.append(text[position:cut])
            position = cut
        return pieces

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end is followed by two spaces."""
        index = 0
        while index < len(chunks) - 1:
            if chunks[index + 1] == ' ' and _ends_sentence(chunks[index]):
                chunks[index + 1] = '  '
                index += 2
            else:
                index += 1

    # -- filling lines ---------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line (by breaking it
        when break_long_words is set)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking just after a hyphen that fits, unless
                # the text before it is only hyphens.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            # Put the long word on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay chunks out into lines no longer than self.width."""
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        lines = []
        pending = list(reversed(chunks))   # next chunk is pending[-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (except the first) goes.
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            length = 0
            while pending and length + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                length += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                length -= len(line[-1])
                line.pop()
            if not line:
                continue

            rest_is_blank = (not pending or (self.drop_whitespace and
                                             len(pending) == 1 and
                                             not pending[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and length <= width)):
                lines.append(indent + ''.join(line))
                continue

            # Last allowed line with text left over: add the placeholder,
            # dropping words from the end until it fits.
            placeholder = self.placeholder
            while line:
                if line[-1].strip() and length + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(placeholder) <= self.width:
                        lines[-1] = previous + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ------------------------------------------------------------

    def wrap(self, text):
        """Wrap text into a list of lines (without newlines), each at most
        self.width characters long."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters.
    Keyword arguments are TextWrapper attributes."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return it as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with the
    placeholder (default ' [...]') when something had to be cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


# -- dedent / indent ------------------------------------------------------------------

def _leading_blanks(line):
    # The run of spaces and tabs at the start of line.
    end = 0
    while end < len(line) and line[end] in ' \t':
        end += 1
    return line[:end]


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines consisting only of spaces and tabs are normalised to empty lines
    and ignored when computing the margin.  Tabs and spaces are not
    equivalent: '  ' and '\\t' have no common margin.
    """
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            lines[index] = ''           # whitespace-only line
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            common = 0
            while (common < len(margin) and common < len(blanks)
                   and margin[common] == blanks[common]):
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text.

    By default prefix goes on every line that is not whitespace-only;
    predicate(line) can select lines differently.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
