"""Contexts: the objects whose methods are multiprocessing's API
(multiprocessing.Queue is the default context's Queue method, ...).

pygil supports one start method, 'fork'.  get_context('spawn') and
get_context('forkserver') (methods CPython has on Linux) raise
NotImplementedError; any other name raises ValueError.
"""

import os

from . import process

__all__ = ['BaseContext', 'ForkContext', 'DefaultContext', 'Process',
           'ForkProcess', 'ProcessError', 'BufferTooShort', 'TimeoutError',
           'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_UNSUPPORTED_METHODS = ('spawn', 'forkserver')


def _unsupported(name):
    raise NotImplementedError("multiprocessing.%s is not supported by pygil" % name)


class BaseContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        """Number of CPUs in the system."""
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock()

    def RLock(self):
        from .synchronize import RLock
        return RLock()

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def Manager(self):
        _unsupported('Manager')

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock,
                     ctx=self.get_context())

    def freeze_support(self):
        """Does nothing: only frozen Windows executables need it."""

    def get_logger(self):
        _unsupported('get_logger (no logging module)')

    def log_to_stderr(self, level=None):
        _unsupported('log_to_stderr (no logging module)')

    def allow_connection_pickling(self):
        _unsupported('allow_connection_pickling')

    def set_executable(self, executable):
        _unsupported('set_executable (only the fork start method)')

    def set_forkserver_preload(self, module_names):
        _unsupported('set_forkserver_preload (only the fork start method)')

    def get_context(self, method=None):
        if method is None:
            return self
        if method in _concrete_contexts:
            return _concrete_contexts[method]
        if method in _UNSUPPORTED_METHODS:
            raise NotImplementedError(
                "the %r start method is not supported by pygil (only 'fork')" % method)
        raise ValueError('cannot find context for %r' % method)

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def get_all_start_methods(self):
        return ['fork']


class Process(process.BaseProcess):
    """multiprocessing.Process: started by the default context's method."""
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)


class ForkProcess(process.BaseProcess):
    _start_method = 'fork'

    @staticmethod
    def _Popen(process_obj):
        from .popen_fork import Popen
        return Popen(process_obj)


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class DefaultContext(BaseContext):
    """The module-level API: a context whose start method can be chosen
    once with set_start_method()."""
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name


_concrete_contexts = {'fork': ForkContext()}
_default_context = DefaultContext(_concrete_contexts['fork'])
