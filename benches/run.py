#!/usr/bin/env python3
"""Run the benchmark programs under pygil and CPython side by side.

    python3 benches/run.py [--pygil PATH] [--runs N] [--filter SUBSTR]
                           [--timeout SECONDS] [--python PATH] [--json FILE]

For every program in benches/programs/ the two interpreters are run
alternately N times each, as subprocesses.  Each run's wall time
(time.perf_counter around the child's life) and peak RSS (ru_maxrss from
os.wait4, taken by a small helper process: see HELPER) are recorded, and each pygil run's checksum line (the last
non-empty line of stdout) is compared with CPython's.

Status column:
  ok        every pygil run printed CPython's checksum
  MISMATCH  some pygil run printed something else; those runs are left out
            of the medians and the program is left out of the geometric means
  FAIL      pygil exited with an error or timed out (last stderr line shown);
            the remaining runs of that program are skipped
  CPY-FAIL  CPython itself failed: the program is broken, not pygil

Exit status: 1 if a checksum mismatch occurred, 2 on a usage error, else 0
(slow ratios are a result, not an error).
"""

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
DEFAULT_PYGIL = os.path.join(os.path.dirname(HERE), "target", "release", "pygil")


class RunResult:
    __slots__ = ("seconds", "rss_kib", "returncode", "timed_out", "stdout", "stderr")

    def __init__(self, seconds, rss_kib, returncode, timed_out, stdout, stderr):
        self.seconds = seconds
        self.rss_kib = rss_kib
        self.returncode = returncode
        self.timed_out = timed_out
        self.stdout = stdout
        self.stderr = stderr

    @property
    def ok(self):
        return self.returncode == 0 and not self.timed_out

    def checksum(self):
        lines = [ln.strip() for ln in self.stdout.splitlines() if ln.strip()]
        return lines[-1] if lines else ""

    def error_line(self, timeout):
        if self.timed_out:
            return "timeout after %gs" % timeout
        lines = [ln.strip() for ln in self.stderr.splitlines() if ln.strip()]
        if lines:
            return lines[-1]
        if self.returncode < 0:
            try:
                return "killed by %s" % signal.Signals(-self.returncode).name
            except ValueError:
                return "killed by signal %d" % -self.returncode
        return "exit status %d (no stderr)" % self.returncode


# The child is started by this small helper, run as `python3 -S -I -c HELPER`,
# not by run.py itself.  Linux carries a process's peak-RSS record across
# exec(), and a child forked from a process starts with that process's
# resident pages counted, so ru_maxrss of a direct child of run.py (about
# 15 MiB of Python with subprocess, json, ...) could never read lower than
# run.py's own footprint.  The helper imports only built-in modules and
# fork()s before it has touched much memory, so its children's ru_maxrss
# floor is about 5 MiB, below what either interpreter needs to start.
#
#   argv: RESULT_FILE TIMEOUT PROGRAM ARGS...
#   writes "seconds maxrss_kib exit_status timed_out" to RESULT_FILE
HELPER = r"""
import os, sys, time
result, timeout, argv = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
timed_out = 0
t0 = time.perf_counter()  # fork before importing anything else: see above
pid = os.fork()
if pid == 0:
    try:
        os.setsid()
        os.execvp(argv[0], argv)
    except BaseException as e:
        os.write(2, ("cannot run %s: %s\n" % (argv[0], e)).encode())
    os._exit(127)
import signal
def on_alarm(signum, frame):
    global timed_out
    timed_out = 1
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, timeout)
_, status, usage = os.wait4(pid, 0)
t1 = time.perf_counter()
signal.setitimer(signal.ITIMER_REAL, 0)
if timed_out:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
with open(result, "w") as f:
    f.write("%r %d %d %d\n" % (t1 - t0, usage.ru_maxrss,
                                 os.waitstatus_to_exitcode(status), timed_out))
"""


def run_once(argv, timeout):
    """Run argv to completion; return a RunResult with wall time and peak RSS.

    Wall time is time.perf_counter() around the child's fork..wait4; peak RSS
    is the ru_maxrss that os.wait4() returns for it (KiB on Linux).
    """
    fd, result_path = tempfile.mkstemp(prefix="pygil-bench-")
    os.close(fd)
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            helper = subprocess.Popen(
                [sys.executable, "-S", "-I", "-c", HELPER, result_path, repr(timeout)] + argv,
                stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
            try:
                helper.wait(timeout + 60)  # the helper enforces `timeout` itself
            except subprocess.TimeoutExpired:
                os.killpg(helper.pid, signal.SIGKILL)
                helper.wait()
            with open(result_path) as f:
                fields = f.read().split()
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
        if len(fields) != 4:
            return RunResult(0.0, 0, -1 if helper.returncode == 0 else helper.returncode,
                             helper.returncode == -signal.SIGKILL, stdout,
                             stderr + "\nrun.py: measuring helper failed\n")
        seconds, rss, code, timed_out = float(fields[0]), int(fields[1]), int(fields[2]), fields[3] == "1"
        if sys.platform == "darwin":  # ru_maxrss is in bytes there, KiB on Linux
            rss //= 1024
        return RunResult(seconds, rss, code, timed_out, stdout, stderr)
    finally:
        os.unlink(result_path)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    mid = n // 2
    return xs[mid] if n % 2 else (xs[mid - 1] + xs[mid]) / 2


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt(x, spec):
    return "-" if x is None else format(x, spec)


def bench_program(name, path, pygil, python, runs, timeout):
    """Run one program; return its result record (a dict)."""
    rec = {
        "program": name,
        "status": "ok",
        "error": None,
        "checksum": None,
        "cpython_times": [],
        "cpython_rss_kib": [],
        "pygil_times": [],
        "pygil_rss_kib": [],
        "mismatched_runs": 0,
        "mismatch_output": None,
    }
    reference = None
    for i in range(runs):
        c = run_once([python, path], timeout)
        if not c.ok:
            rec["status"] = "CPY-FAIL"
            rec["error"] = c.error_line(timeout)
            break
        if reference is None:
            reference = c.checksum()
            rec["checksum"] = reference
        elif c.checksum() != reference:
            rec["status"] = "CPY-FAIL"
            rec["error"] = "CPython is not deterministic: %r vs %r" % (reference, c.checksum())
            break
        rec["cpython_times"].append(c.seconds)
        rec["cpython_rss_kib"].append(c.rss_kib)

        p = run_once([pygil, path], timeout)
        if not p.ok:
            rec["status"] = "FAIL"
            rec["error"] = p.error_line(timeout)
            rec["failed_run_seconds"] = p.seconds
            break
        if p.checksum() != reference:
            rec["mismatched_runs"] += 1
            rec["mismatch_output"] = p.checksum()
            continue
        rec["pygil_times"].append(p.seconds)
        rec["pygil_rss_kib"].append(p.rss_kib)

    if rec["status"] == "ok" and rec["mismatched_runs"]:
        rec["status"] = "MISMATCH"
        rec["error"] = "%d/%d runs printed %r, expected %r" % (
            rec["mismatched_runs"], runs, rec["mismatch_output"], reference)

    rec["cpython_median_s"] = median(rec["cpython_times"])
    rec["pygil_median_s"] = median(rec["pygil_times"])
    rec["cpython_median_rss_kib"] = median(rec["cpython_rss_kib"])
    rec["pygil_median_rss_kib"] = median(rec["pygil_rss_kib"])
    rec["time_ratio"] = None
    rec["mem_ratio"] = None
    if rec["pygil_median_s"] is not None and rec["cpython_median_s"]:
        rec["time_ratio"] = rec["pygil_median_s"] / rec["cpython_median_s"]
    if rec["pygil_median_rss_kib"] is not None and rec["cpython_median_rss_kib"]:
        rec["mem_ratio"] = rec["pygil_median_rss_kib"] / rec["cpython_median_rss_kib"]
    return rec


def git_head():
    try:
        r = subprocess.run(["git", "-C", HERE, "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True, timeout=10)
        return r.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def main(argv=None):
    ap = argparse.ArgumentParser(description="pygil vs CPython benchmark runner")
    ap.add_argument("--pygil", default=DEFAULT_PYGIL, help="pygil binary (default: %(default)s)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default: python3)")
    ap.add_argument("--runs", type=int, default=5, help="runs per interpreter per program (default 5)")
    ap.add_argument("--filter", default="", help="only programs whose name contains SUBSTR")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-run timeout in seconds (default 120)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    args = ap.parse_args(argv)

    if args.runs < 1:
        ap.error("--runs must be at least 1")
    pygil = os.path.abspath(args.pygil) if os.sep in args.pygil else args.pygil
    if os.sep in pygil and not os.access(pygil, os.X_OK):
        print("run.py: pygil binary not found or not executable: %s" % pygil, file=sys.stderr)
        return 2

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS)
                   if f.endswith(".py") and args.filter in f[:-3])
    if not names:
        print("run.py: no program matches --filter %r" % args.filter, file=sys.stderr)
        return 2

    print("pygil:   %s" % pygil)
    print("CPython: %s (%s)" % (args.python, subprocess.run(
        [args.python, "-c", "import sys; print(sys.version.split()[0])"],
        capture_output=True, text=True).stdout.strip() or "?"))
    print("runs: %d each, alternating; timeout %gs per run" % (args.runs, args.timeout))
    print()
    header = "%-20s %10s %10s %8s %8s  %s" % (
        "program", "pygil s", "CPython s", "time x", "mem x", "status")
    print(header)
    print("-" * len(header))

    results = []
    for name in names:
        rec = bench_program(name, os.path.join(PROGRAMS, name + ".py"), pygil,
                            args.python, args.runs, args.timeout)
        results.append(rec)
        status = rec["status"]
        if rec["error"]:
            status += ": " + rec["error"]
        print("%-20s %10s %10s %8s %8s  %s" % (
            name, fmt(rec["pygil_median_s"], ".3f"), fmt(rec["cpython_median_s"], ".3f"),
            fmt(rec["time_ratio"], ".2f"), fmt(rec["mem_ratio"], ".2f"), status), flush=True)

    passed = [r for r in results if r["status"] == "ok"]
    gt = geomean([r["time_ratio"] for r in passed])
    gm = geomean([r["mem_ratio"] for r in passed])
    print("-" * len(header))
    print("geometric mean over %d/%d passing programs: time x %s, memory x %s" % (
        len(passed), len(results), fmt(gt, ".2f"), fmt(gm, ".2f")))
    failed = [r["program"] for r in results if r["status"] != "ok"]
    if failed:
        print("not passing: %s" % ", ".join(failed))

    if args.json:
        doc = {
            "pygil": pygil,
            "python": args.python,
            "git_head": git_head(),
            "runs": args.runs,
            "timeout_s": args.timeout,
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "geomean_time_ratio": gt,
            "geomean_mem_ratio": gm,
            "passed": len(passed),
            "programs": results,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        print("results written to %s" % args.json)

    return 1 if any(r["status"] == "MISMATCH" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
