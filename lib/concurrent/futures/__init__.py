"""Execute computations asynchronously using threads or processes.

pygil's implementation of the concurrent.futures package: Future, wait(),
as_completed(), Executor, ThreadPoolExecutor and ProcessPoolExecutor (on
multiprocessing's fork start method).
"""

from ._base import (FIRST_COMPLETED,
                    FIRST_EXCEPTION,
                    ALL_COMPLETED,
                    CancelledError,
                    TimeoutError,
                    InvalidStateError,
                    BrokenExecutor,
                    Future,
                    Executor,
                    wait,
                    as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)
