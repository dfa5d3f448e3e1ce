import sys
def fail(msg):
    print("about to fail")
    sys.exit(msg)
fail("fatal: configuration missing")
