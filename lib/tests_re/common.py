"""Helpers shared by run.py (CPython, differential) and replay.py (pygil)."""

import signal


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def norm_match(m):
    if m is None:
        return None
    n = m.re.groups
    return ('M', m.span(), m.group(0), tuple(m.span(i) for i in range(1, n + 1)),
            m.groups(), m.lastindex, m.lastgroup, m.groupdict(), m.pos, m.endpos)


def norm_exc(e):
    r = (type(e).__name__, str(e))
    if type(e).__name__ == 'error':
        r += (e.pos, e.lineno, e.colno, e.msg)
    return ('E',) + r


def run_case(mod, pattern, flags, method, subject, args):
    try:
        signal.alarm(10)
        try:
            p = mod.compile(pattern, flags)
            if method in ('search', 'match', 'fullmatch'):
                return norm_match(getattr(p, method)(subject, *args))
            if method == 'finditer':
                return [norm_match(m) for m in p.finditer(subject, *args)]
            if method == 'findall':
                return p.findall(subject, *args)
            if method == 'split':
                return p.split(subject, *args)
            if method == 'sub':
                return p.sub(args[0], subject, *args[1:])
            if method == 'subn':
                return p.subn(args[0], subject, *args[1:])
            if method == 'subf':
                # callable replacement: the matched text upper-cased and
                # wrapped with its span
                def f(m):
                    g = m.group(0)
                    if isinstance(g, bytes):
                        return b'<' + g.upper() + b'>'
                    return '<' + g.upper() + '>'
                return p.sub(f, subject, *args)
            if method == 'expand':
                m = p.search(subject)
                return None if m is None else m.expand(args[0])
            if method == 'compile':
                return ('P', p.groups, p.flags, dict(p.groupindex), repr(p))
            if method == 'scanner':
                sc = p.scanner(subject)
                out = []
                for _ in range(20):
                    m = sc.search()
                    if m is None:
                        break
                    out.append(m.span())
                return out
            raise ValueError(method)
        finally:
            signal.alarm(0)
    except Timeout:
        return ('TIMEOUT',)
    except RecursionError:
        return ('RECURSION',)
    except Exception as e:
        return norm_exc(e)


