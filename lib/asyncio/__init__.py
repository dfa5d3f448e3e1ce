"""asyncio: an event loop, tasks, and coroutine-based I/O, written for
pygil after CPython 3.11's asyncio (same API, same scheduling order).

Pure Python on top of `selectors` and `socket`; single-threaded loops
(run_in_executor/to_thread use a thread pool). Not provided: SSL,
subprocesses, UNIX-socket and datagram endpoints, signal handlers.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .subprocess import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .tasks import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           subprocess.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           tasks.__all__ +
           unix_events.__all__)
