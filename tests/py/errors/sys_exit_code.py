import sys
print("exiting with status 3")
sys.stdout.flush()
sys.exit(3)
print("never printed")
