"""The backtracking matcher: runs a compiled program (see _compiler) over
a string with an explicit choice-point stack, so neither long subjects
nor long repetitions recurse in Python.

Registers (`regs`): for group g, regs[2g] and regs[2g+1] are its start
and end (-1: unset); then the last-closed group index; then two slots per
counted repetition (iteration count, position where the current
iteration started).  Every register write made while a choice point
exists is recorded on the trail, and backtracking undoes it.
"""

# opcodes, in four groups of the dispatcher (most frequent first)
CHAR = 0        # (CHAR, ch)
STR = 1         # (STR, text, len)
CLASS = 2       # (CLASS, table)              table[ch] -> bool
SET = 3         # (SET, frozenset)
REP1 = 4        # (REP1, kind, arg, min, max, follow, possessive)
MATCH = 5       # (MATCH,)
SAVE = 6        # (SAVE, slot)
SAVEE = 7       # (SAVEE, slot, gid, lastindex_slot)
SPLIT = 8       # (SPLIT, first_pc, second_pc)
JMP = 9         # (JMP, pc)
ANY = 10        # (ANY,)     any but newline
ANYALL = 11     # (ANYALL,)
AT = 12         # (AT, kind, wordtable)
REPCHK = 13     # (REPCHK, cslot, lslot, min, max, body_pc, exit_pc)
REPEND = 14     # (REPEND, cslot, check_pc)
REPINIT = 15    # (REPINIT, cslot, lslot, check_pc)
REP1L = 16      # (REP1L, kind, arg, min, max, follow)
STRI = 17       # (STRI, lowered, len, sets, ascii_only, literal_is_ascii)
ALTD = 18       # (ALTD, {ch: pcs}, default_pcs, end_pcs)
BACKREF = 19    # (BACKREF, gid, None or ascii_only for IGNORECASE)
LOOK = 20       # (LOOK, subcode, behind, negate, width)
ATOMIC = 21     # (ATOMIC, subcode)
COND = 22       # (COND, gid, no_pc)
REPCHKL = 23    # (REPCHKL, cslot, lslot, min, max, body_pc, exit_pc, enter_pc)
REPSETL = 24    # (REPSETL, lslot, body_pc)
POSS = 25       # (POSS, subcode, min, max)   possessive repeat of a subpattern

# single-character matcher kinds (REP1 / REP1L)
K_CHAR = 0
K_CLASS = 1
K_SET = 2
K_ANY = 3
K_ANYALL = 4
K_NOTCHAR = 5   # any character but one

# AT kinds
AT_BOS = 0      # \A, ^
AT_BOL = 1      # ^ with MULTILINE
AT_EOL = 2      # $
AT_EOLM = 3     # $ with MULTILINE
AT_EOS = 4      # \Z
AT_WB = 5       # \b
AT_NWB = 6      # \B

# choice point kinds (first element of a stack entry)
_BT = 0         # (_BT, pc, pos, trail_len)
_BT_REP1 = 1    # [_BT_REP1, pc, min_pos, cur_pos, trail_len, follow]
_BT_REP1L = 2   # [_BT_REP1L, pc, max_pos, cur_pos, trail_len, kind, arg, follow]


def _one(kind, arg, c):
    """Does a single-character matcher accept c?"""
    if kind == K_CHAR:
        return c == arg
    if kind == K_CLASS:
        return arg[c]
    if kind == K_SET:
        return c in arg
    if kind == K_ANY:
        return c != '\n'
    if kind == K_NOTCHAR:
        return c != arg
    return True


def _span(s, p, limit, chars, table):
    """The end of the run of class members from p (before limit): `chars`
    lists members for str.lstrip, `table` judges the others (None: there
    are none)."""
    size = 16
    while p < limit:
        q = p + size
        if q > limit:
            q = limit
        rest = s[p:q].lstrip(chars)
        n = len(rest)
        p = q - n
        if n:
            if table is not None and table[rest[0]]:
                p += 1
                continue
            return p
        size += size
    return p


def _find_member(s, p, end, non, table):
    """The first position from p where a class member stands, or -1:
    `non` lists non-members for str.lstrip, `table` judges the others."""
    size = 16
    while p < end:
        q = p + size
        if q > end:
            q = end
        rest = s[p:q].lstrip(non)
        n = len(rest)
        p = q - n
        if n:
            if table is None or table[rest[0]]:
                return p
            p += 1
            continue
        size += size
    return -1


def _ifold_eq(a, b, ascii_only):
    """Case-insensitive equality of a backreference (simple lowercase)."""
    from ._compiler import lower1
    for x, y in zip(a, b):
        if x != y and lower1(x, ascii_only) != lower1(y, ascii_only):
            return False
    return True


def run(code, s, pos, end, regs, full, forbid):
    """Match `code` at `pos`; returns the end position or -1.  `regs` is
    updated in place.  With `full`, the match must end at `end`; a match
    ending at `forbid` (an empty match there) is rejected."""
    stack = []
    trail = []
    pc = 0
    while True:
        ins = code[pc]
        op = ins[0]
        if op < 6:            # CHAR STR CLASS SET REP1 MATCH
            if op == 0:           # CHAR
                if pos < end and s[pos] == ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 1:         # STR
                if s.startswith(ins[1], pos, end):
                    pos += ins[2]
                    pc += 1
                    continue
            elif op == 2:         # CLASS
                if pos < end and ins[1][s[pos]]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 3:         # SET
                if pos < end and s[pos] in ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 4:         # REP1
                kind = ins[1]
                arg = ins[2]
                hi = ins[4]
                limit = end if hi >= end - pos else pos + hi
                p = pos
                if limit < pos:
                    pass
                elif kind < 3:    # K_CHAR K_CLASS K_SET
                    # a few characters by hand, long runs by str.lstrip
                    t = ins[9]
                    q = pos + 8 if pos + 8 < limit else limit
                    while p < q and t[s[p]]:
                        p += 1
                    if p == q and p < limit:
                        p = _span(s, p, limit, ins[7], ins[8])
                elif kind == 3:   # K_ANY
                    p = s.find('\n', pos, limit)
                    if p < 0:
                        p = limit
                elif kind == 4:   # K_ANYALL
                    p = limit
                else:             # K_NOTCHAR
                    p = s.find(arg, pos, limit)
                    if p < 0:
                        p = limit
                minp = pos + ins[3]
                if p >= minp and limit >= pos:
                    f = ins[5]
                    if f is not None and (p >= end or s[p] != f):
                        p = s.rfind(f, minp, p)
                    if p >= minp:
                        if p > minp and not ins[6]:
                            stack.append([_BT_REP1, pc + 1, minp, p, len(trail), f])
                        pos = p
                        pc += 1
                        continue
            elif op == 5:         # MATCH
                if pos != forbid and (not full or pos == end):
                    return pos
        elif op < 12:          # SAVE SAVEE SPLIT JMP ANY ANYALL
            if op == 6:           # SAVE
                i = ins[1]
                if stack:
                    trail.append((i, regs[i]))
                regs[i] = pos
                pc += 1
                continue
            elif op == 7:         # SAVEE
                i = ins[1]
                j = ins[3]
                if stack:
                    trail.append((i, regs[i]))
                    trail.append((j, regs[j]))
                regs[i] = pos
                regs[j] = ins[2]
                pc += 1
                continue
            elif op == 8:         # SPLIT
                stack.append((_BT, ins[2], pos, len(trail)))
                pc = ins[1]
                continue
            elif op == 9:         # JMP
                pc = ins[1]
                continue
            elif op == 10:        # ANY
                if pos < end and s[pos] != '\n':
                    pos += 1
                    pc += 1
                    continue
            elif op == 11:        # ANYALL
                if pos < end:
                    pos += 1
                    pc += 1
                    continue
        elif op < 18:          # AT REPCHK REPEND REPINIT REP1L STRI
            if op == 12:          # AT
                k = ins[1]
                if k == AT_BOS:
                    ok = pos == 0
                elif k == AT_BOL:
                    ok = pos == 0 or s[pos - 1] == '\n'
                elif k == AT_EOL:
                    ok = pos == end or (pos == end - 1 and s[pos] == '\n')
                elif k == AT_EOLM:
                    ok = pos == end or s[pos:pos + 1] == '\n'
                elif k == AT_EOS:
                    ok = pos == end
                else:
                    if end == 0:
                        ok = False
                    else:
                        w = ins[2]
                        before = pos > 0 and w[s[pos - 1]]
                        after = pos < end and w[s[pos]]
                        ok = (before != after) == (k == AT_WB)
                if ok:
                    pc += 1
                    continue
            elif op == 13:        # REPCHK
                c = ins[1]
                n = regs[c]
                if n < ins[3]:
                    pc = ins[5]
                    continue
                l = ins[2]
                if n < ins[4] and pos != regs[l]:
                    stack.append((_BT, ins[6], pos, len(trail)))
                    trail.append((l, regs[l]))
                    regs[l] = pos
                    pc = ins[5]
                    continue
                pc = ins[6]
                continue
            elif op == 14:        # REPEND
                c = ins[1]
                if stack:
                    trail.append((c, regs[c]))
                regs[c] += 1
                pc = ins[2]
                continue
            elif op == 15:        # REPINIT
                c = ins[1]
                l = ins[2]
                if stack:
                    trail.append((c, regs[c]))
                    trail.append((l, regs[l]))
                regs[c] = 0
                regs[l] = -1
                pc = ins[3]
                continue
            elif op == 16:        # REP1L
                kind = ins[1]
                arg = ins[2]
                hi = ins[4]
                limit = end if hi >= end - pos else pos + hi
                p = pos
                minp = pos + ins[3]
                if limit < pos:
                    p = -1
                elif minp <= end:
                    while p < minp and _one(kind, arg, s[p]):
                        p += 1
                if p == minp:
                    f = ins[5]
                    if f is not None:
                        while p < limit and s[p] != f and _one(kind, arg, s[p]):
                            p += 1
                        if p >= end or s[p] != f:
                            p = -1
                    if p >= 0:
                        if p < limit:
                            stack.append([_BT_REP1L, pc + 1, limit, p, len(trail), kind, arg, f])
                        pos = p
                        pc += 1
                        continue
            elif op == 17:        # STRI
                n = ins[2]
                sub = s[pos:pos + n]
                if len(sub) == n and pos + n <= end:
                    if sub.lower() == ins[1] and (not ins[4] or sub.isascii()):
                        ok = True
                    elif ins[5] and sub.isascii():
                        ok = False
                    else:
                        ok = True
                        sets = ins[3]
                        for k in range(n):
                            if sub[k] not in sets[k]:
                                ok = False
                                break
                    if ok:
                        pos += n
                        pc += 1
                        continue
        else:                   # ALTD BACKREF LOOK ATOMIC COND REPCHKL REPSETL POSS
            if op == 18:          # ALTD
                if pos < end:
                    pcs = ins[1].get(s[pos], ins[2])
                else:
                    pcs = ins[3]
                if pcs:
                    k = len(pcs) - 1
                    tl = len(trail)
                    while k > 0:
                        stack.append((_BT, pcs[k], pos, tl))
                        k -= 1
                    pc = pcs[0]
                    continue
            elif op == 19:        # BACKREF
                g = ins[1]
                st = regs[2 * g]
                en = regs[2 * g + 1]
                if st >= 0 and en >= st:
                    sub = s[st:en]
                    n = en - st
                    if ins[2] is None:
                        if s.startswith(sub, pos, end):
                            pos += n
                            pc += 1
                            continue
                    elif pos + n <= end:
                        other = s[pos:pos + n]
                        if other == sub or _ifold_eq(sub, other, ins[2]):
                            pos += n
                            pc += 1
                            continue
            elif op == 20:        # LOOK
                if ins[2]:
                    p0 = pos - ins[4]
                    if p0 < 0:
                        r = -1
                    else:
                        sub = regs[:]
                        r = run(ins[1], s, p0, end, sub, False, -1)
                else:
                    sub = regs[:]
                    r = run(ins[1], s, pos, end, sub, False, -1)
                if ins[3]:
                    if r < 0:
                        pc += 1
                        continue
                elif r >= 0:
                    if stack:
                        for i in range(len(regs)):
                            if sub[i] != regs[i]:
                                trail.append((i, regs[i]))
                                regs[i] = sub[i]
                    else:
                        regs[:] = sub
                    pc += 1
                    continue
            elif op == 21:        # ATOMIC
                sub = regs[:]
                r = run(ins[1], s, pos, end, sub, False, -1)
                if r >= 0:
                    if stack:
                        for i in range(len(regs)):
                            if sub[i] != regs[i]:
                                trail.append((i, regs[i]))
                                regs[i] = sub[i]
                    else:
                        regs[:] = sub
                    pos = r
                    pc += 1
                    continue
            elif op == 22:        # COND
                g = ins[1]
                st = regs[2 * g]
                en = regs[2 * g + 1]
                if st >= 0 and en >= st:
                    pc += 1
                else:
                    pc = ins[2]
                continue
            elif op == 23:        # REPCHKL
                c = ins[1]
                n = regs[c]
                if n < ins[3]:
                    pc = ins[5]
                    continue
                if n < ins[4] and pos != regs[ins[2]]:
                    stack.append((_BT, ins[7], pos, len(trail)))
                pc = ins[6]
                continue
            elif op == 24:        # REPSETL
                l = ins[1]
                if stack:
                    trail.append((l, regs[l]))
                regs[l] = pos
                pc = ins[2]
                continue

            elif op == 25:                # POSS
                # each iteration is matched on its own, atomically; after
                # the minimum, an empty iteration ends the loop
                sub = regs
                code1 = ins[1]
                lo = ins[2]
                hi = ins[3]
                count = 0
                p = pos
                while count < lo:
                    trial = sub[:]
                    r = run(code1, s, p, end, trial, False, -1)
                    if r < 0:
                        break
                    sub = trial
                    p = r
                    count += 1
                if count >= lo:
                    while count < hi:
                        trial = sub[:]
                        r = run(code1, s, p, end, trial, False, -1)
                        if r < 0:
                            break
                        sub = trial
                        count += 1
                        if r == p:
                            break
                        p = r
                    if sub is not regs:
                        if stack:
                            for i in range(len(regs)):
                                if sub[i] != regs[i]:
                                    trail.append((i, regs[i]))
                                    regs[i] = sub[i]
                        else:
                            regs[:] = sub
                    pos = p
                    pc += 1
                    continue

        # ---- failure: resume at the latest choice point ----
        while True:
            if not stack:
                return -1
            e = stack[-1]
            k = e[0]
            if k == _BT:
                stack.pop()
                pc = e[1]
                pos = e[2]
                tl = e[3]
                break
            if k == _BT_REP1:
                minp = e[2]
                f = e[5]
                if f is None:
                    p = e[3] - 1
                else:
                    p = s.rfind(f, minp, e[3])
                if p < minp:
                    stack.pop()
                    continue
                if p == minp:
                    stack.pop()
                else:
                    e[3] = p
                pos = p
                pc = e[1]
                tl = e[4]
                break
            # _BT_REP1L: one more character
            p = e[3]
            limit = e[2]
            kind = e[5]
            arg = e[6]
            f = e[7]
            if not _one(kind, arg, s[p]):
                stack.pop()
                continue
            p += 1
            if f is not None:
                while p < limit and s[p] != f and _one(kind, arg, s[p]):
                    p += 1
                if p >= end or s[p] != f:
                    stack.pop()
                    continue
            if p >= limit:
                stack.pop()
            else:
                e[3] = p
            pos = p
            pc = e[1]
            tl = e[4]
            break
        while len(trail) > tl:
            i, v = trail.pop()
            regs[i] = v


def search(prog, s, pos, end, mode, must_advance):
    """Find a match of `prog` in s[pos:end].  mode 0: match at pos, 1:
    fullmatch, 2: search.  Returns the registers (regs[0], regs[1]: the
    span) or None."""
    code, init, anchored, req, prefix, first, fkind, fnon, ftable, ftab, schars, stable = prog.plan
    forbid = pos if must_advance else -1
    if mode != 2 or anchored:
        if mode == 2 and (pos != 0 or pos > end):
            return None
        regs = init[:]
        e = run(code, s, pos, end, regs, mode == 1, forbid)
        if e < 0:
            return None
        regs[0] = pos
        regs[1] = e
        return regs
    if pos > end:
        return None
    if req is not None and s.find(req, pos, end) < 0:
        return None
    if prefix:
        while True:
            p = s.find(prefix, pos, end)
            if p < 0:
                return None
            regs = init[:]
            e = run(code, s, p, end, regs, False, forbid)
            if e >= 0:
                regs[0] = p
                regs[1] = e
                return regs
            pos = p + 1
    while True:
        if first is not None:
            if fkind == K_CHAR:
                pos = s.find(first, pos, end)
                if pos < 0:
                    return None
            elif pos < end and ftab[s[pos]]:
                pass
            elif pos + 1 < end and ftab[s[pos + 1]]:
                pos += 1
            else:
                pos = _find_member(s, pos, end, fnon, ftable)
                if pos < 0:
                    return None
        elif pos > end:
            return None
        regs = init[:]
        e = run(code, s, pos, end, regs, False, forbid)
        if e >= 0:
            regs[0] = pos
            regs[1] = e
            return regs
        if schars is not None:
            pos = _span(s, pos + 1, end, schars, stable) + 1
        else:
            pos += 1
