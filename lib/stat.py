"""Constants and helpers for interpreting os.stat() results (POSIX values)."""

# Indices into the tuple form of a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File type bits (the S_IFMT part of st_mode).
S_IFDIR = 0o040000   # directory
S_IFCHR = 0o020000   # character device
S_IFBLK = 0o060000   # block device
S_IFREG = 0o100000   # regular file
S_IFIFO = 0o010000   # fifo (named pipe)
S_IFLNK = 0o120000   # symbolic link
S_IFSOCK = 0o140000  # socket
# Types that only exist on other systems (Solaris doors, event ports,
# BSD whiteouts); zero here as on Linux.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000   # set uid on execution
S_ISGID = 0o2000   # set gid on execution
S_ENFMT = S_ISGID  # mandatory file locking
S_ISVTX = 0o1000   # sticky bit
S_IREAD = 0o0400   # Unix V7 synonym for S_IRUSR
S_IWRITE = 0o0200  # Unix V7 synonym for S_IWUSR
S_IEXEC = 0o0100   # Unix V7 synonym for S_IXUSR
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD st_flags values.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attribute constants (defined on every platform).
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def S_IMODE(mode):
    """Return the permission bits of mode (what os.chmod() can set)."""
    return mode & 0o7777


def S_IFMT(mode):
    """Return the file-type bits of mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    """Whether mode describes a directory."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode describes a character device."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode describes a block device."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether mode describes a regular file."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode describes a FIFO (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode describes a symbolic link."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode describes a socket."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Always False: doors do not exist here."""
    return False


def S_ISPORT(mode):
    """Always False: event ports do not exist here."""
    return False


def S_ISWHT(mode):
    """Always False: whiteouts do not exist here."""
    return False


# For filemode(): one entry per character of the 10-character result.  Each
# entry lists (bits, char) alternatives; the first whose bits are all set in
# the mode wins, otherwise '-' is used.
_type_chars = (
    (S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
    (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'),
)
_perm_chars = (
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)


def filemode(mode):
    """The ls-style text for mode, such as 'drwxr-xr-x'."""
    out = []
    # The type character compares the whole S_IFMT field: S_IFLNK and
    # S_IFSOCK share bits with S_IFREG/S_IFCHR, so test equality of the
    # type field rather than "bits set".
    kind = S_IFMT(mode)
    for bits, ch in _type_chars:
        if kind == bits:
            out.append(ch)
            break
    else:
        out.append('?')        # unknown file type
    for choices in _perm_chars:
        for bits, ch in choices:
            if mode & bits == bits:
                out.append(ch)
                break
        else:
            out.append('-')
    return ''.join(out)
