"""Cache lines from source files.

getline(filename, lineno) returns one line ('' when unavailable); the
cache maps a filename to (size, mtime, lines, fullname).  Lazily loadable
entries (from a module's __loader__) are stored as a 1-tuple holding a
function that returns the source.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line number *lineno* (1-based) of *filename*, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of lines of *filename*, updating the cache if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or just
    the one for *filename*)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue           # lazy entry: nothing on disk to compare
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue           # not backed by a file (e.g. built-in source)
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split_source(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _builtin_source(filename):
    """Ask the interpreter for the source of one of its built-in library
    modules (pygil hook); None when unknown."""
    hook = getattr(sys, '_pygil_lib_source', None)
    if hook is None:
        return None
    try:
        return hook(filename)
    except Exception:
        return None


def _detect_encoding(data):
    """Encoding of Python source bytes: BOM, coding cookie (PEP 263) in
    the first two lines, else utf-8."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip()
        if not stripped.startswith(b'#'):
            if stripped:
                break           # code line: later lines cannot hold the cookie
            continue
        pos = stripped.find(b'coding')
        if pos < 0:
            continue
        rest = stripped[pos + 6:]
        if rest[:1] not in (b':', b'='):
            continue
        rest = rest[1:].lstrip()
        name = b''
        for ch in rest:
            c = bytes([ch])
            if c.isalnum() or c in b'-_.':
                name += c
            else:
                break
        if name:
            return name.decode('ascii')
    return 'utf-8'


def _read_file(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    enc = _detect_encoding(data)
    try:
        text = data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        text = data.decode('utf-8', 'replace')
    # Universal newlines, as a text-mode read would give.
    return text.replace('\r\n', '\n').replace('\r', '\n')


def updatecache(filename, module_globals=None):
    """(Re)load *filename* into the cache and return its lines, or []."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename:
        return []

    # The interpreter's built-in library sources come first (their names
    # may look like '<...>').
    src = _builtin_source(filename)
    if src is not None:
        lines = _split_source(src)
        cache[filename] = (len(src), None, lines, filename)
        return lines
    if filename.startswith('<') and filename.endswith('>'):
        return []

    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, ValueError):
        basename = filename
        # Try a loader first (modules imported from zips and the like).
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                cache.pop(filename, None)
                return []
            lines = _split_source(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        # Relative name: look along sys.path.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        text = _read_file(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split_source(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a lazy loader for *filename* from *module_globals*'s
    __loader__ (or __spec__.loader).  Returns True if an entry exists."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def load_source(name=name, get_source=get_source):
                return get_source(name)
            cache[filename] = (load_source,)
            return True
    return False
