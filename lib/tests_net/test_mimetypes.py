"""Tests of lib/mimetypes.py (expectations recorded from CPython)."""

import mimetypes

from util import eq, tmpfile


def test_guess_type():
    cases = [
        ("x.TGZ", ("application/x-tar", "gzip")),
        ("x.tar.gz", ("application/x-tar", "gzip")),
        ("X.GZ", ("application/gzip", None)),
        ("a.HTML", ("text/html", None)),
        ("a.Z", (None, "compress")),
        ("data:text/html;x,abc", ("text/html", None)),
        ("data:foo=bar,", ("text/plain", None)),
        ("data:abc", (None, None)),
        ("http://x/a.png?q", (None, None)),
        ("http://x/dir/a.png", ("image/png", None)),
        ("a.jpg", ("image/jpeg", None)),
        ("a.pict", (None, None)),
        ("a.svgz", ("image/svg+xml", "gzip")),
        ("a.txt.br", ("text/plain", "br")),
        ("a.json", ("application/json", None)),
        ("a.css", ("text/css", None)),
        ("a.js", ("text/javascript", None)),
        ("a.py", ("text/x-python", None)),
        ("a.pdf", ("application/pdf", None)),
        ("noext", (None, None)),
        (".bashrc", (None, None)),
    ]
    for name, want in cases:
        eq(mimetypes.guess_type(name), want, name)
    eq(mimetypes.guess_type("a.pict", strict=False), ("image/pict", None))


def test_guess_extension_and_add_type():
    eq(mimetypes.guess_extension("text/plain"), ".txt")
    eq(mimetypes.guess_extension("image/jpeg"), ".jpg")
    eq(mimetypes.guess_extension("TEXT/HTML"), ".html")
    eq(mimetypes.guess_extension("application/x-nothing"), None)
    eq(mimetypes.guess_all_extensions("image/jpg", strict=False), [".jpg"])
    assert ".txt" in mimetypes.guess_all_extensions("text/plain")
    mimetypes.add_type("application/x-pygil-test", ".pygiltest")
    eq(mimetypes.guess_type("f.pygiltest"), ("application/x-pygil-test",
                                             None))
    eq(mimetypes.guess_extension("application/x-pygil-test"), ".pygiltest")
    path = tmpfile("mime.types")
    with open(path, "w") as f:
        f.write("# comment\napplication/x-zz zz zzz # trailing\n\n")
    db = mimetypes.MimeTypes([path])
    eq(db.guess_type("a.zzz"), ("application/x-zz", None))
    eq(db.guess_all_extensions("application/x-zz"), [".zz", ".zzz"])
    table = mimetypes.read_mime_types(path)
    eq(table[".zz"], "application/x-zz")
    eq(table[".zzz"], "application/x-zz")
    eq(table[".html"], "text/html")
    eq(mimetypes.read_mime_types(path + ".missing"), None)
