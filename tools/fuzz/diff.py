#!/usr/bin/env python3
"""Differential fuzzing of pygil against CPython with gen.py's programs.

    python3 tools/fuzz/diff.py -n 1000                 # seeds 1..1000
    python3 tools/fuzz/diff.py -n 500 --seed 20000 -j 2
    python3 tools/fuzz/diff.py --replay FILE.py        # compare one file, no minimizing
    python3 tools/fuzz/diff.py --minimize FILE.py      # minimize an existing finding again

Each program runs under `python3` and under pygil (target/release/pygil by
default), each with a timeout. A finding is:

  crash     pygil died from a signal or printed a Rust panic
  timeout   pygil ran past its timeout where CPython finished
  mismatch  stdout differs, or the type of the uncaught exception differs
            (the last line of stderr, up to the colon)

Every finding is minimized by deleting lines (or replacing them with
`pass`) while CPython still runs the program cleanly (no SyntaxError, no
timeout) and pygil still shows the same kind of finding, then saved as
tools/fuzz/findings/<kind>-<seed>.py with a header comment saying how
the two interpreters differ. Programs CPython itself rejects or times out on
are generator bugs: counted and reported, never saved.

Exit status: 0 if no finding, 1 otherwise.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8",
           PYTHONDONTWRITEBYTECODE="1")


class Result:
    def __init__(self, status, stdout, stderr, timed_out):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    def exc_type(self):
        """The uncaught exception's type name, from the last stderr line."""
        if self.status == 0:
            return None
        lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
        if not lines:
            return "exit %d" % self.status
        m = re.match(r"^([A-Za-z_][\w.]*)(:|$)", lines[-1])
        return m.group(1).rsplit(".", 1)[-1] if m else lines[-1][:80]

    def crashed(self):
        return self.status < 0 or "panicked at" in self.stderr or "RUST_BACKTRACE" in self.stderr


def run(cmd, path, timeout):
    try:
        p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                           timeout=timeout, env=ENV, cwd=os.path.dirname(path))
        return Result(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), False)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return Result(-999, out, err, True)


class Runner:
    def __init__(self, args):
        self.python = [args.python]
        self.pygil = [args.pygil]
        self.timeout = args.timeout
        self.tmp = tempfile.mkdtemp(prefix="pygil_fuzz_")

    def both(self, source, tag):
        path = os.path.join(self.tmp, "prog_%s.py" % tag)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        ref = run(self.python, path, self.timeout)
        got = None
        if not ref.timed_out:
            got = run(self.pygil, path, self.timeout * 3)
        os.unlink(path)
        return ref, got

    def classify(self, source, tag):
        """(kind, ref, got): kind None when they agree, 'invalid' when CPython fails to run it."""
        ref, got = self.both(source, tag)
        if ref.timed_out or "SyntaxError" in (ref.exc_type() or "") or ref.exc_type() == "IndentationError":
            return "invalid", ref, got
        if got.crashed():
            return "crash", ref, got
        if got.timed_out:
            return "timeout", ref, got
        if got.stdout != ref.stdout or got.exc_type() != ref.exc_type():
            return "mismatch", ref, got
        return None, ref, got


def crash_site(res):
    m = re.search(r"panicked at ([^\n]*)", res.stderr)
    if m:
        return m.group(1)
    return "signal %d" % -res.status if res.status < 0 else "?"


def indent_of(line):
    return len(line) - len(line.lstrip())


def block_end(lines, i):
    """The end (exclusive) of the statement starting at line i, with the
    lines indented under it and its `elif`/`else`/`except`/`finally` parts."""
    ind = indent_of(lines[i])
    j = i + 1
    while j < len(lines):
        s = lines[j]
        if s.strip() and indent_of(s) <= ind:
            head = s.strip().split(" ")[0].rstrip(":")
            if not (indent_of(s) == ind and head in ("elif", "else", "except", "finally")):
                break
        j += 1
    return j


def drop_blocks(lines, still):
    """Delete whole statements (a line and everything under it), outermost first."""
    for depth in sorted({indent_of(s) for s in lines}):
        i = 0
        while i < len(lines):
            if indent_of(lines[i]) != depth or not lines[i].strip():
                i += 1
                continue
            j = block_end(lines, i)
            head = lines[i].strip().split(" ")[0].rstrip(":")
            cand = lines[:i] + lines[j:]
            if head not in ("elif", "else", "except", "finally") and cand and still(cand):
                lines = cand
            else:
                i += 1
    return lines


def drop_chunks(lines, still):
    """ddmin-style: delete runs of lines, halving the run length."""
    chunk = max(1, len(lines) // 2)
    while chunk >= 1:
        i = 0
        changed = False
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk:]
            if cand and still(cand):
                lines = cand
                changed = True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return lines


def minimize(runner, source, kind, ref0, got0, tag, budget=600):
    """Line-deletion minimizer: drop whole statements, then runs of lines
    (halving the run, ddmin-style) until nothing more goes, then replace
    single lines by `pass`; every step must still show `kind` (for crashes,
    at the same panic site) while CPython runs the program cleanly."""
    site = crash_site(got0) if kind == "crash" else None
    tries = [0]

    def still(lines):
        if tries[0] >= budget:
            return False
        tries[0] += 1
        k, ref, got = runner.classify("\n".join(lines) + "\n", tag)
        if k != kind:
            return False
        if kind == "crash" and crash_site(got) != site:
            return False
        return True

    lines = source.rstrip("\n").split("\n")
    while True:
        before = len(lines)
        lines = drop_blocks(lines, still)
        lines = drop_chunks(lines, still)
        if len(lines) == before:
            break
    # Lines that head a block cannot go alone; try `pass` in their place.
    for i in range(len(lines)):
        s = lines[i]
        if s.strip() in ("pass", "") or s.rstrip().endswith(":"):
            continue
        cand = lines[:i] + [s[:len(s) - len(s.lstrip())] + "pass"] + lines[i + 1:]
        if still(cand):
            lines = cand
    # And drop the `pass` lines that are no longer needed.
    i = 0
    while i < len(lines):
        if lines[i].strip() == "pass":
            cand = lines[:i] + lines[i + 1:]
            if still(cand):
                lines = cand
                continue
        i += 1
    return "\n".join(lines) + "\n", tries[0]


def describe(kind, ref, got):
    def tail(text, n=12):
        t = text.splitlines()
        return t[-n:] if len(t) > n else t

    out = ["kind: %s" % kind]
    if kind == "crash":
        out.append("pygil: %s" % crash_site(got))
        out += ["  stderr: " + ln for ln in tail(got.stderr, 6)]
    elif kind == "timeout":
        out.append("pygil did not finish (CPython did)")
    else:
        if ref.exc_type() != got.exc_type():
            out.append("uncaught exception: CPython %s, pygil %s" % (ref.exc_type(), got.exc_type()))
            if got.stderr.strip():
                out.append("pygil stderr: " + got.stderr.strip().splitlines()[-1])
        if ref.stdout != got.stdout:
            a, b = ref.stdout.splitlines(), got.stdout.splitlines()
            i = 0
            while i < min(len(a), len(b)) and a[i] == b[i]:
                i += 1
            out.append("stdout differs at line %d:" % (i + 1))
            out.append("  CPython: %r" % (a[i] if i < len(a) else "<end>"))
            out.append("  pygil:   %r" % (b[i] if i < len(b) else "<end>"))
    return out


def save(outdir, name, source, info):
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, name + ".py")
    header = "".join("# %s\n" % ln for ln in info)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + source)
    return path


def check_seed(runner, seed, args):
    source = gen.generate(seed, args.size)
    kind, ref, got = runner.classify(source, "s%d" % seed)
    return seed, source, kind, ref, got


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=200, help="number of programs (default 200)")
    ap.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    ap.add_argument("--size", type=int, default=12, help="top-level blocks per program (default 12)")
    ap.add_argument("-j", type=int, default=1, help="programs run in parallel (default 1)")
    ap.add_argument("--timeout", type=float, default=10.0, help="CPython's timeout in s; pygil gets 3x (default 10)")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--pygil", default=os.path.join(ROOT, "target", "release", "pygil"))
    ap.add_argument("--out", default=os.path.join(HERE, "findings"), help="where findings go")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--replay", metavar="FILE", help="compare one program and print how they differ")
    ap.add_argument("--minimize", metavar="FILE", help="minimize one program in place")
    args = ap.parse_args()
    runner = Runner(args)

    if args.replay or args.minimize:
        path = args.replay or args.minimize
        with open(path, encoding="utf-8") as f:
            source = "".join(ln for ln in f if not ln.startswith("# "))
        kind, ref, got = runner.classify(source, "replay")
        if kind is None:
            print("%s: same behaviour" % path)
            return 0
        info = describe(kind, ref, got)
        if args.minimize and kind != "invalid":
            source, n = minimize(runner, source, kind, ref, got, "min")
            kind, ref, got = runner.classify(source, "replay")
            info = describe(kind, ref, got)
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join("# %s\n" % ln for ln in info) + source)
        print("\n".join(info))
        return 1

    start = time.time()
    counts = {"ok": 0, "invalid": 0, "crash": 0, "timeout": 0, "mismatch": 0}
    saved = []
    seeds = range(args.seed, args.seed + args.n)
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for seed, source, kind, ref, got in pool.map(lambda s: check_seed(runner, s, args), seeds):
            counts[kind or "ok"] += 1
            if kind is None:
                continue
            if kind == "invalid":
                print("seed %d: CPython cannot run the program (generator bug): %s" % (
                    seed, "timeout" if ref.timed_out else ref.exc_type()), file=sys.stderr)
                continue
            tries = 0
            if not args.no_minimize:
                source, tries = minimize(runner, source, kind, ref, got, "m%d" % seed)
                kind2, ref2, got2 = runner.classify(source, "m%d" % seed)
                if kind2 == kind:
                    ref, got = ref2, got2
            info = ["seed %d (python3 tools/fuzz/gen.py %d --size %d)" % (seed, seed, args.size)]
            info += describe(kind, ref, got)
            path = save(args.out, "%s-%d" % (kind, seed), source, info)
            saved.append(path)
            print("seed %d: %s -> %s (%d minimizing runs)" % (seed, kind, os.path.relpath(path), tries))
            for ln in info[1:]:
                print("    " + ln)
            sys.stdout.flush()
    elapsed = time.time() - start
    print("%d programs (seeds %d..%d) in %.0f s: %d same, %d crash, %d timeout, %d mismatch, %d invalid"
          % (args.n, args.seed, args.seed + args.n - 1, elapsed, counts["ok"], counts["crash"], counts["timeout"],
             counts["mismatch"], counts["invalid"]))
    try:
        os.rmdir(runner.tmp)
    except OSError:
        pass
    return 1 if saved else 0


if __name__ == "__main__":
    sys.exit(main())
