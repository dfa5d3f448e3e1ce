"""python -m unittest [options] [tests | discover ...]"""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The program name in usage and help messages.
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
