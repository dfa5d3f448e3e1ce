"""The event loop and policy used on Unix."""

__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher', 'SafeChildWatcher',
    'FastChildWatcher', 'PidfdChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher',
    'DefaultEventLoopPolicy',
)

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector loop (signal handlers and subprocesses are not
    supported by pygil's asyncio)."""


SelectorEventLoop = _UnixSelectorEventLoop


class AbstractChildWatcher:
    """Child watchers serve asyncio subprocesses, which pygil does not support."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncio child watchers (subprocesses) are not supported by pygil")


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One SelectorEventLoop per thread."""
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
