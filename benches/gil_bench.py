#!/usr/bin/env python3
"""GIL benchmarks: run benches/gil/*.py under CPython and under pygil with
each switch policy, side by side, and print their numbers in one table.

usage: python3 benches/gil_bench.py [--pygil PATH] [--runs N]
Each program prints `name value` lines; the table shows the median per
interpreter. Not a test: nothing here passes or fails.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, prog):
    p = subprocess.run(cmd + [prog], cwd=os.path.join(HERE, "gil"), capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["?"])[-1]}
    out = {}
    for line in p.stdout.splitlines():
        k, _, v = line.partition(" ")
        try:
            out[k] = float(v)
        except ValueError:
            pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pygil", default=os.path.join(HERE, "..", "target", "release", "pygil"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    interps = [
        ("cpython", ["python3"]),
        ("pygil/cpython", [a.pygil, "-X", "gil=cpython"]),
        ("pygil/io-priority", [a.pygil, "-X", "gil=io-priority"]),
    ]
    progs = sorted(f for f in os.listdir(os.path.join(HERE, "gil")) if f.endswith(".py"))
    print("%-24s %-22s %14s %14s %18s" % ("program", "metric", *[n for n, _ in interps]))
    for prog in progs:
        results = {n: [] for n, _ in interps}
        for _ in range(a.runs):
            for name, cmd in interps:
                results[name].append(run(cmd, prog))
        metrics = []
        for rs in results.values():
            for r in rs:
                for k in r:
                    if k not in metrics and k != "error":
                        metrics.append(k)
        for m in metrics:
            cells = []
            for name, _ in interps:
                vals = [r[m] for r in results[name] if m in r]
                errs = [r["error"] for r in results[name] if "error" in r]
                cells.append("%.3f" % statistics.median(vals) if vals else ("ERR" if errs else "-"))
            print("%-24s %-22s %14s %14s %18s" % (prog, m, *cells))
        for name, _ in interps:
            for r in results[name]:
                if "error" in r:
                    print("  %s under %s: %s" % (prog, name, r["error"]))
                    break


if __name__ == "__main__":
    sys.exit(main())
