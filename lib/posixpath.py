"""Common operations on POSIX pathnames (this is os.path).

The string functions accept str or bytes paths (and os.PathLike objects),
returning the same type; the two kinds cannot be mixed in one call.  The
file-system queries (exists, isdir, getsize, ...) use os.stat/os.lstat
and treat OSError (and ValueError for unrepresentable paths) as "no".
"""

import builtins
import os
import sys
import stat

# Exceptions that signal mixed or bad argument types in the string
# operations (the warning classes only where the interpreter has them).
_TYPE_ERRORS = (TypeError, AttributeError) + tuple(
    getattr(builtins, name) for name in ('BytesWarning', 'DeprecationWarning')
    if hasattr(builtins, name))

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')


def _fspath(path):
    return os.fspath(path)


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _check_arg_types(funcname, *args):
    """Raise the TypeError CPython gives for bad or mixed argument types."""
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or '
                            'os.PathLike object, not %r'
                            % (funcname, arg.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") \
            from None


# --- pure string operations -------------------------------------------------------

def normcase(s):
    """Case normalisation: POSIX paths are case-sensitive, so the path is
    returned unchanged (after os.fspath)."""
    return _fspath(s)


def isabs(s):
    """True for paths starting with a slash."""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    An absolute component discards everything before it.  A trailing
    empty component gives a trailing slash."""
    a = _fspath(a)
    separator = _sep(a)
    path = a
    try:
        for part in map(_fspath, p):
            if part.startswith(separator):
                path = part
            elif not path or path.endswith(separator):
                path += part
            else:
                path += separator + part
    except _TYPE_ERRORS:
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the
    final slash.  Either part may be empty.  Trailing slashes are removed
    from head unless it consists only of slashes."""
    p = _fspath(p)
    separator = _sep(p)
    cut = p.rfind(separator) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != separator * len(head):
        head = head.rstrip(separator)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext) with ext empty or
    starting with a dot.  Leading dots of the file name (as in '.bashrc')
    do not start an extension."""
    p = _fspath(p)
    if isinstance(p, bytes):
        separator, dot = b'/', b'.'
    else:
        separator, dot = '/', '.'
    last_sep = p.rfind(separator)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # The name must have something other than dots before last_dot.
        for index in range(last_sep + 1, last_dot):
            if p[index:index + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    """(drive, rest): POSIX has no drives, so drive is empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The part after the last slash."""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """The part before the last slash (trailing slashes removed unless
    it is all slashes)."""
    p = _fspath(p)
    separator = _sep(p)
    head = p[:p.rfind(separator) + 1]
    if head and head != separator * len(head):
        head = head.rstrip(separator)
    return head


def normpath(path):
    """Collapse redundant slashes and '.' parts and resolve '..' textually
    (without looking at the file system)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        separator, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        separator, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX allows exactly two leading slashes to mean something special;
    # one or three-plus collapse to one.
    leading = 0
    if path.startswith(separator):
        leading = 1
        if path.startswith(separator * 2) and not path.startswith(
                separator * 3):
            leading = 2
    parts = []
    for part in path.split(separator):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if leading:
                continue            # '..' at the root stays at the root
        parts.append(part)
    result = separator * leading + separator.join(parts)
    return result or dot


def commonprefix(m):
    """Longest common prefix of the given strings (character-wise, so it
    may end in the middle of a component)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low = min(m)
    high = max(m)
    for index, item in enumerate(low):
        if item != high[index]:
            return low[:index]
    return low


def commonpath(paths):
    """Longest common leading sequence of whole components of the given
    paths; they must all be absolute or all relative."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        separator, dot = b'/', b'.'
    else:
        separator, dot = '/', '.'
    try:
        split_paths = [path.split(separator) for path in paths]
        absolute = {path[:1] == separator for path in paths}
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        is_absolute = absolute.pop()
        split_paths = [[part for part in parts if part and part != dot]
                       for parts in split_paths]
        low = min(split_paths)
        high = max(split_paths)
        common = low
        for index, part in enumerate(low):
            if part != high[index]:
                common = low[:index]
                break
        prefix = separator if is_absolute else separator[:0]
        return prefix + separator.join(common)
    except _TYPE_ERRORS:
        _check_arg_types('commonpath', *paths)
        raise


# --- environment-dependent string operations -------------------------------------------

def _environ_value(name, as_bytes):
    # Look up an environment variable, returning str or bytes.
    if as_bytes:
        environb = getattr(os, 'environb', None)
        if environb is not None:
            return environb[name]
        value = os.environ[_decode(name)]
        return _encode(value)
    return os.environ[name]


def _encode(text):
    fsencode = getattr(os, 'fsencode', None)
    if fsencode is not None:
        return fsencode(text)
    return text.encode('utf-8', 'surrogateescape')


def _decode(data):
    fsdecode = getattr(os, 'fsdecode', None)
    if fsdecode is not None:
        return fsdecode(data)
    return data.decode('utf-8', 'surrogateescape')


def expanduser(path):
    """Replace a leading ~ (by $HOME) or ~user (by that user's home);
    unchanged when the home directory cannot be found."""
    path = _fspath(path)
    as_bytes = isinstance(path, bytes)
    tilde = b'~' if as_bytes else '~'
    if not path.startswith(tilde):
        return path
    separator = _sep(path)
    end = path.find(separator, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError, AttributeError):
                return path
    else:
        name = path[1:end]
        if as_bytes:
            name = _decode(name)
        try:
            import pwd
            home = pwd.getpwnam(name).pw_dir
        except (ImportError, KeyError):
            return path
    if as_bytes:
        home = _encode(home)
    root = separator
    home = home.rstrip(root)
    return (home + path[end:]) or root


def _is_name_char(ch):
    # ASCII word characters only (like \w with re.ASCII).
    return ('a' <= ch <= 'z' or 'A' <= ch <= 'Z' or '0' <= ch <= '9'
            or ch == '_')


def expandvars(path):
    """Substitute environment variables written $name or ${name}; unset
    ones stay as written."""
    path = _fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if as_bytes else path
    if '$' not in text:
        return path
    pieces = []
    done = 0
    position = text.find('$')
    while position >= 0:
        start = position + 1
        if text.startswith('{', start):
            close = text.find('}', start + 1)
            if close < 0:
                position = text.find('$', start)
                continue
            name = text[start + 1:close]
            end = close + 1
        else:
            end = start
            while end < len(text) and _is_name_char(text[end]):
                end += 1
            if end == start:
                position = text.find('$', start)
                continue
            name = text[start:end]
        try:
            if as_bytes:
                value = _environ_value(name.encode('latin-1'), True)
                value = value.decode('latin-1')
            else:
                value = _environ_value(name, False)
        except KeyError:
            position = text.find('$', end)
            continue
        pieces.append(text[done:position])
        pieces.append(value)
        done = end
        position = text.find('$', end)
    pieces.append(text[done:])
    result = ''.join(pieces)
    return result.encode('latin-1') if as_bytes else result


# --- operations that consult the file system ---------------------------------------

def _getcwd_like(path):
    if isinstance(path, bytes):
        getcwdb = getattr(os, 'getcwdb', None)
        if getcwdb is not None:
            return getcwdb()
        return _encode(os.getcwd())
    return os.getcwd()


def abspath(path):
    """The path made absolute (joined to the current directory) and
    normalised."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_getcwd_like(path), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Absolute path of filename with every symbolic link resolved.  With strict=True a missing
    component or a symlink loop raises OSError."""
    filename = _fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Append the components of `rest` to the already resolved `path`,
    following symbolic links.

    seen maps a link path to its resolution (None while it is being
    resolved, which reveals loops).  Returns (path, finished): finished is
    False when a loop stopped the resolution (non-strict mode).
    """
    if isinstance(path, bytes):
        separator, dot, dotdot = b'/', b'.', b'..'
    else:
        separator, dot, dotdot = '/', '.', '..'
    if rest.startswith(separator):
        rest = rest[1:]
        path = separator
    while rest:
        name, _, rest = rest.partition(separator)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        candidate = join(path, name)
        try:
            mode = os.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(mode)
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            # A symlink loop.
            if strict:
                os.stat(candidate)          # raises OSError (ELOOP)
            return join(candidate, rest), False
        seen[candidate] = None
        path, finished = _resolve(path, os.readlink(candidate), strict, seen)
        if not finished:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if isinstance(path, bytes):
        here, separator, up = b'.', b'/', b'..'
    else:
        here, separator, up = '.', '/', '..'
    if start is None:
        start = here
    else:
        start = _fspath(start)
    try:
        start_parts = [part for part in abspath(start).split(separator)
                       if part]
        path_parts = [part for part in abspath(path).split(separator)
                      if part]
        shared = len(commonprefix([start_parts, path_parts]))
        parts = [up] * (len(start_parts) - shared) + path_parts[shared:]
        if not parts:
            return here
        return join(*parts)
    except _TYPE_ERRORS:
        _check_arg_types('relpath', path, start)
        raise


def exists(path):
    """True if os.stat() succeeds (so False for dangling symlinks)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """True if os.lstat() succeeds (so True for dangling symlinks)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_test(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isfile(path):
    """True for an existing regular file (following symlinks)."""
    return _mode_test(path, stat.S_ISREG)


def isdir(s):
    """True for an existing directory (following symlinks)."""
    return _mode_test(s, stat.S_ISDIR)


def islink(path):
    """True if the path itself is a symbolic link."""
    return _mode_test(path, stat.S_ISLNK, follow=False)


def ismount(path):
    """True if path is a mount point (its parent is on another device,
    or is the same directory as with '/')."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        parent_st = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != parent_st.st_dev:
        return True             # path/.. is on a different device
    return st.st_ino == parent_st.st_ino     # path/.. is path itself (/)


def getsize(filename):
    """st_size of os.stat(filename)."""
    return os.stat(filename).st_size


def getmtime(filename):
    """st_mtime of os.stat(filename)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """st_atime of os.stat(filename)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """st_ctime of os.stat(filename)."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """True if two stat results have the same device and inode."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True if both paths lead to the same file (after symlinks)."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True if two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))
