# argparse exits with status 2 and the usage plus an error on stderr.
import argparse
import sys

parser = argparse.ArgumentParser(prog="copy", description="Copy things.")
parser.add_argument("src")
parser.add_argument("dst")
parser.add_argument("--times", type=int, default=1)
print(parser.parse_args(["a", "b", "--times", "3"]))
sys.stdout.flush()
parser.parse_args(["a", "b", "--times", "many"])
print("not reached")
