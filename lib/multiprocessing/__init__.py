"""Process-based parallelism for pygil: CPython 3.11's multiprocessing API
with the fork start method only.

The package's functions and classes are the methods of the default context
(context.py): Process, Pipe, Queue, JoinableQueue, SimpleQueue, Lock,
RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier, Value, Array,
RawValue, RawArray, Pool, cpu_count,
current_process, parent_process, active_children, get_context,
get_start_method, set_start_method, ...  Everything that crosses a process
boundary after the fork is pickled (pickle.dumps/loads); functions and
classes are pickled by reference, so they must be defined at module level
(in __main__ too: a forked child is a copy of the parent).

How each part works is described at the top of its module: process.py and
popen_fork.py (starting and reaping children), connection.py (framing),
synchronize.py (locks and semaphores built on pipes), queues.py, pool.py,
sharedctypes.py (shared values in a file, as pygil has no mmap).

Not supported (NotImplementedError naming the feature): the spawn and
forkserver start methods, Manager, ctypes types in Value/Array,
Listener/Client, logging helpers.
"""

from . import context

__all__ = [name for name in dir(context._default_context) if not name.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25
