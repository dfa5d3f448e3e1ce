"""Tests of lib/urllib/parse.py against results recorded from CPython."""

import urllib.parse as P

from urlparse_cases import CASES
from util import eq


def _run(fn, args, kw):
    if fn == "_attrs":
        s = P.urlsplit(args[0])
        return s.hostname, s.username, s.password
    if fn == "_port":
        return P.urlsplit(args[0]).port
    if isinstance(kw.get("quote_via"), str):
        kw = dict(kw, quote_via=getattr(P, kw["quote_via"]))
    r = getattr(P, fn)(*args, **kw)
    if isinstance(r, tuple) and hasattr(r, "_fields"):
        r = (type(r).__name__, tuple(r))
    return r


def test_recorded_cases():
    failures = []
    for fn, args, kw, want in CASES:
        try:
            got = ("ok", _run(fn, args, kw))
        except Exception as e:
            got = ("err", type(e).__name__, str(e))
        if got != want:
            failures.append("%s%r %r: got %r, want %r" % (fn, args, kw, got,
                                                          want))
    if failures:
        raise AssertionError("%d of %d cases differ:\n  %s" % (
            len(failures), len(CASES), "\n  ".join(failures[:40])))


def test_result_objects():
    r = P.urlparse("http://u:p@Host:81/a;b?c#d")
    eq(r.scheme, "http")
    eq(r.netloc, "u:p@Host:81")
    eq(r.params, "b")
    eq(r.hostname, "host")
    eq(r.port, 81)
    eq(r.username, "u")
    eq(r.password, "p")
    eq(r.geturl(), "http://u:p@Host:81/a;b?c#d")
    eq(r._replace(fragment="z").geturl(), "http://u:p@Host:81/a;b?c#z")
    eq(r._asdict()["query"], "c")
    eq(repr(r), "ParseResult(scheme='http', netloc='u:p@Host:81', "
                "path='/a', params='b', query='c', fragment='d')")
    eq(list(r), ["http", "u:p@Host:81", "/a", "b", "c", "d"])
    scheme, netloc, path, query, frag = P.urlsplit("x://y/z")
    eq((scheme, netloc, path), ("x", "y", "/z"))
    b = P.urlsplit(b"http://h/p")
    eq(type(b).__name__, "SplitResultBytes")
    eq(b.hostname, b"h")
    eq(b.decode(), P.urlsplit("http://h/p"))
    eq(P.urlsplit("http://h/p").encode(), b)
    eq(P.SplitResult("a", "b", "/c", "", "").geturl(), "a://b/c")
    eq(P.SplitResult._make(["a", "b", "/c", "", ""]).path, "/c")
    eq(P.urldefrag("http://a/b#c").geturl(), "http://a/b#c")
    eq(P.unwrap("<URL:http://a/b>"), "http://a/b")
    try:
        P.urlsplit("http://a/", b"")
    except TypeError:
        pass
    try:
        P.urljoin("http://a/", b"x")
    except TypeError:
        pass
    else:
        raise AssertionError("mixing str and bytes must fail")
