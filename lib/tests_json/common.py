"""Shared by record.py (CPython) and replay.py (pygil). A case is
(kind, payload, options); run() gives its result as a str, so both
interpreters compare plain text:

    ('dumps', value, opts)       json.dumps(value, **opts)
    ('iterencode', value, opts)  list(JSONEncoder(**opts).iterencode(value))
    ('loads', doc, opts)         repr(json.loads(doc, **opts))

Values are written with repr() and read back with eval() (NAMES gives
nan and inf). An exception is a result too: its type and message, and for
JSONDecodeError also msg, pos, lineno and colno.
"""

import json

NAMES = {'nan': float('nan'), 'inf': float('inf')}


def hooks(opts):
    """Option values that cannot be written as literals: names of functions."""
    out = dict(opts)
    for k in ('object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant', 'default'):
        if k in out:
            out[k] = HOOKS[out[k]]
    return out


def _tagged_pairs(pairs):
    return ['pairs'] + [list(p) for p in pairs]


HOOKS = {
    'pairs': _tagged_pairs,
    'sorted_items': lambda d: sorted(d.items(), key=repr),
    'str': str,
    'float': float,
    'tag_float': lambda s: 'F' + s,
    'tag_int': lambda s: 'I' + s,
    'tag_const': lambda s: 'C' + s,
    'default_repr': lambda o: 'repr:' + type(o).__name__,
}


def run(kind, payload, opts):
    try:
        if kind == 'dumps':
            return json.dumps(payload, **hooks(opts))
        if kind == 'iterencode':
            return repr(list(json.JSONEncoder(**hooks(opts)).iterencode(payload)))
        if kind == 'loads':
            return repr(json.loads(payload, **hooks(opts)))
        raise ValueError('unknown kind %r' % (kind,))
    except json.JSONDecodeError as e:
        return 'JSONDecodeError %r %d %d %d %s' % (e.msg, e.pos, e.lineno, e.colno, e)
    except (TypeError, ValueError, RecursionError) as e:
        msg = str(e)
        if msg.startswith(UNORDERABLE):
            # Which two keys sort_keys compares first depends on the sort
            # algorithm; pygil's list.sort is not timsort and can meet
            # another unorderable pair first (sorted([2, 1.5, 'a'])).
            msg = UNORDERABLE
        return '%s %s' % (type(e).__name__, msg)


UNORDERABLE = "'<' not supported between instances of"
