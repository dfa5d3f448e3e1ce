"""pygil's urllib.error: the exceptions urllib.request raises.

URLError (an OSError) has a .reason: a message or the underlying
exception.  HTTPError is both an exception and a response (read(),
info(), geturl(), code), for HTTP error statuses.
"""

import io
import urllib.response

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    """Failure to open a URL; .reason says why."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % (self.reason,)


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error response: also readable like a response."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        if fp is None:
            fp = io.BytesIO()
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)
        self.filename = url

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """Less data than Content-Length announced; .content holds it."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
