"""ProcessPoolExecutor placeholder for pygil.

pygil cannot run a process pool yet (it needs multiprocessing), so
constructing one raises NotImplementedError instead of pretending to work.
"""

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a process pool terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by pygil yet")
