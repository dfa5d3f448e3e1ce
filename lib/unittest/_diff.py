"""The text diffs of unittest's failure messages: difflib.ndiff's output
(pygil has no difflib).

SequenceMatcher (difflib's algorithm, Ratcliff/Obershelp "gestalt"
matching): find the longest contiguous matching block, recurse on the
pieces left and right of it; elements of b that occur in more than 1% of
a long (>= 200) b are "popular" and never start a match. ndiff compares
lines that way; a replaced run of lines is compared again character by
character, pairing the most similar lines (ratio >= 0.75) and marking the
differences on '? ' lines with '^' (changed), '-' (deleted), '+' (added).
"""

__unittest = True


# ---------------------------------------------------------------------------
# Matching

class SequenceMatcher:
    """Compare two sequences of hashable elements (difflib's interface:
    set_seqs, find_longest_match, get_matching_blocks, get_opcodes, ratio,
    quick_ratio, real_quick_ratio)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> increasing positions in b, without junk and
        # popular elements.
        b2j = {}
        for i, elt in enumerate(self.b):
            b2j.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt, idxs in b2j.items():
                if len(idxs) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.b2j = b2j
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """(i, j, k): a[i:i+k] == b[j:j+k] is the longest block without
        junk in a[alo:ahi], b[blo:bhi] (earliest in a, then in b), then
        extended by equal junk on both sides."""
        a, b, b2j, isbjunk = self.a, self.b, self.b2j, self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # j2len[j]: length of the match ending at a[i-1], b[j].
        j2len = {}
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2len.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len

        # Grow the match with equal non-junk (popular) elements, then with
        # equal junk, on both ends.
        for junk_wanted in (False, True):
            while (besti > alo and bestj > blo
                   and isbjunk(b[bestj - 1]) == junk_wanted
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and isbjunk(b[bestj + bestsize]) == junk_wanted
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return (besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Non-adjacent matching blocks (i, j, n), in order, ending with
        the sentinel (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        blocks.sort()

        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) turning a into b; tag is 'replace',
        'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        answer = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                answer.append(('replace', i, ai, j, bj))
            elif i < ai:
                answer.append(('delete', i, ai, j, bj))
            elif j < bj:
                answer.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        self.opcodes = answer
        return answer

    def ratio(self):
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): common elements, ignoring order."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            numb = avail[elt] if elt in avail else counts.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound: the shorter length."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


# ---------------------------------------------------------------------------
# ndiff

def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Lines '  x' (both), '- x' (a only), '+ x' (b only) and '? ' hint
    lines, turning the list of lines a into b."""
    return _Differ(linejunk, charjunk).compare(a, b)


class _Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _dump('+', b, blo, bhi)
            else:
                yield from _dump(' ', a, alo, ahi)

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from _dump('+', b, blo, bhi)
            yield from _dump('-', a, alo, ahi)
        else:
            yield from _dump('-', a, alo, ahi)
            yield from _dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (an identical pair only if
        # no pair is similar enough), diff it by characters, and handle
        # the blocks above and below it the same way.
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ""
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                else:
                    atags += ' ' * la
                    btags += ' ' * lb
            yield from _qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from _dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from _dump('+', b, blo, bhi)


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, x[i])


def _keep_original_ws(s, tags):
    # Tabs and the like stay where the marks are blank, so the marks line
    # up under the text.
    return ''.join(c if t == " " and c.isspace() else t
                   for c, t in zip(s, tags))


def _qformat(aline, bline, atags, btags):
    atags = _keep_original_ws(aline, atags).rstrip()
    btags = _keep_original_ws(bline, btags).rstrip()
    yield "- " + aline
    if atags:
        yield "? %s\n" % atags
    yield "+ " + bline
    if btags:
        yield "? %s\n" % btags
