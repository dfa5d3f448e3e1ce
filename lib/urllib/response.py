"""pygil's urllib.response: file-like wrappers that add metadata.

addbase wraps a file object and forwards attribute access to it;
addclosehook runs a hook when closed; addinfo adds info() (headers);
addinfourl adds geturl()/url and getcode()/code/status.
"""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """Wrap fp (kept as .fp), forwarding reads and the like to it."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.name = "<urllib response>"

    def __getattr__(self, name):
        # Only called for attributes not found normally: delegate them.
        if name in ("fp", "file") or name.startswith("__"):
            raise AttributeError(name)
        fp = self.__dict__.get("fp")
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        self.fp.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        self.fp.close()

    def __repr__(self):
        return "<%s at %r whose fp = %r>" % (type(self).__name__, id(self),
                                             self.fp)


class addclosehook(addbase):
    """Call closehook(*hookargs) once, when the wrapper is closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook = self.closehook
            args = self.hookargs
            if hook:
                self.closehook = None
                self.hookargs = None
                hook(*args)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """Adds info(), returning the headers given."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds geturl()/url and getcode()/code/status."""

    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
