"""Keyword tables of the Python 3.11 grammar.

kwlist      -- the hard keywords, in sorted order
softkwlist  -- the soft keywords (only keywords in some contexts)
iskeyword(s), issoftkeyword(s) -- membership tests
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue',
    'def', 'del',
    'elif', 'else', 'except',
    'finally', 'for', 'from',
    'global',
    'if', 'import', 'in', 'is',
    'lambda',
    'nonlocal', 'not',
    'or',
    'pass',
    'raise', 'return',
    'try',
    'while', 'with',
    'yield',
]

softkwlist = ['_', 'case', 'match']

# Bound __contains__ of frozensets: fast membership predicates that, like
# CPython's, accept any hashable argument.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
