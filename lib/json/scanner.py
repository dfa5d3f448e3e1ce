"""JSON token scanner: make_scanner(context) returns the scan_once(string,
idx) callable a JSONDecoder parses with (the native _json.make_scanner when
present, as in CPython, else json.decoder's pure-Python parser)."""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']


def py_make_scanner(context):
    """The pure-Python scanner for a JSONDecoder-like context."""
    from json.decoder import _Scanner
    return _Scanner(context)


make_scanner = c_make_scanner or py_make_scanner
