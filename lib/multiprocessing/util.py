"""Helpers shared by the multiprocessing modules.

* flush_std_streams(): flushed before every fork, so text buffered by the
  parent is not printed twice (once by the child when it exits).
* fork_generation(): a counter incremented in every forked child.  Objects
  that keep per-process state (a Queue's feeder thread and buffer, a lock's
  record of its owner) compare it with the generation they were set up in
  and start afresh in a child, instead of needing a registry of callbacks.
* register_exit_hook()/run_exit_hooks(): what a process does before it
  exits (CPython's util._exit_function): flush queues' feeder threads,
  terminate daemonic children and join the others.  Run by atexit in the
  main process and at the end of Process._bootstrap in a child.
"""

import itertools
import os
import sys
import threading

__all__ = ['flush_std_streams', 'fork_generation', 'register_exit_hook',
           'unregister_exit_hook', 'run_exit_hooks', 'is_exiting']

_generation = 0


def _after_fork_in_child():
    global _generation, _exit_hooks_lock, _exiting
    _generation += 1
    _exit_hooks_lock = threading.Lock()
    _exiting = False


os.register_at_fork(after_in_child=_after_fork_in_child)


def fork_generation():
    """How many forks separate this process from the first one."""
    return _generation


def flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


# Exit hooks: key -> (priority, func).  Higher priorities run first;
# priority >= 0 runs before the children are joined, < 0 after (as
# CPython's Finalize exitpriority around _exit_function's join).
_exit_hooks = {}
_exit_hooks_lock = threading.Lock()
_hook_counter = itertools.count()
_exiting = False


def register_exit_hook(func, priority=0):
    """Call func() when this process exits; returns a key for
    unregister_exit_hook().  Hooks registered in a parent are forgotten in
    a forked child (they describe the parent's resources)."""
    key = (_generation, next(_hook_counter))
    with _exit_hooks_lock:
        _exit_hooks[key] = (priority, func)
    return key


def unregister_exit_hook(key):
    with _exit_hooks_lock:
        _exit_hooks.pop(key, None)


def is_exiting():
    return _exiting


def _run_hooks(select):
    with _exit_hooks_lock:
        hooks = sorted(((p, k, f) for k, (p, f) in _exit_hooks.items()
                        if k[0] == _generation and select(p)),
                       key=lambda t: (-t[0], t[1][1]))
        for _, k, _ in hooks:
            del _exit_hooks[k]
    for _, _, func in hooks:
        try:
            func()
        except Exception:
            import traceback
            traceback.print_exc()


def run_exit_hooks():
    """CPython's util._exit_function: run hooks of priority >= 0, terminate
    daemonic children, join all children, run the remaining hooks."""
    global _exiting
    _exiting = True
    from . import process
    _run_hooks(lambda p: p >= 0)
    for p in process.active_children():
        if p.daemon:
            p.terminate()
    for p in process.active_children():
        p.join()
    _run_hooks(lambda p: True)


def _atexit():
    # Only the process that imported multiprocessing first runs this at
    # interpreter exit; forked children leave through os._exit and run
    # run_exit_hooks() from Process._bootstrap instead.
    if _generation == _atexit_generation:
        run_exit_hooks()


_atexit_generation = _generation
import atexit
atexit.register(_atexit)
