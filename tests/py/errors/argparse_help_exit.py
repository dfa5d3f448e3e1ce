# -h prints the help to stdout and exits 0... so this test exits 0 inside
# parse_args; then a missing argument exits 2.
import argparse
import sys

parser = argparse.ArgumentParser(prog="helper", description="Shows help.")
parser.add_argument("--level", choices=["low", "high"], help="how much")
parser.add_argument("name", help="who")
try:
    parser.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code)
sys.stdout.flush()
parser.parse_args([])
