"""Tests of lib/html/__init__.py (expectations recorded from CPython)."""

import html

from util import eq


def test_escape():
    eq(html.escape("a&b<c>\"d'"), "a&amp;b&lt;c&gt;&quot;d&#x27;")
    eq(html.escape("a&b<c>\"d'", quote=False), "a&amp;b&lt;c&gt;\"d'")


def test_unescape():
    cases = {
        "&amp;&lt;&gt;&quot;&#39;&apos;": "&<>\"''",
        "&amp": "&",
        "&ampx": "&x",
        "&notit;": "\u00acit;",
        "&notin;": "\u2209",
        "&copy 2024": "\u00a9 2024",
        "&#65;&#x42;&#X43;&#68": "ABCD",
        "&#0;": "\ufffd",
        "&#13;": "\r",
        "&#x80;": "\u20ac",
        "&#xD800;": "\ufffd",
        "&#x110000;": "\ufffd",
        "&#1;": "",
        "&#xFFFE;": "",
        "&#;&#x;&;& &unknown;": "&#;&#x;&;& &unknown;",
        "&AElig;&Aacute&aacute;": "\u00c6\u00c1\u00e1",
        "&NotNestedGreaterGreater;": "\u2aa2\u0338",
        "&" + "a" * 40 + ";": "&" + "a" * 40 + ";",
        "no entities": "no entities",
        "&lt&gt": "<>",
    }
    for text, want in cases.items():
        eq(html.unescape(text), want, text)
